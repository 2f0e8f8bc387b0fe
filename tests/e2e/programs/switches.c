/* Switches, globals and cold paths of issue 10, converted whole by tests/whole_programs.rs
 * (not yet run against cgo: see tests/e2e/programs/README.md). */
int f1(int);
int f2(int);
int f3(int);

/* dense switch with fall-through and default: a jump table on every compiler */
int dense(int x, int y) {
    switch (x) {
    case 0: y = f1(y); break;
    case 1: y = f2(y) + 3; break;
    case 2: y *= 7; /* fall through */
    case 3: y = f3(y); break;
    case 4: y = f1(y) - 1; break;
    case 5: y = f2(y) ^ 9; break;
    case 6: return y * 5 + 1;
    case 7: y = f3(y + 3); break;
    case 8: y = f1(y - 5); break;
    case 9: return 77;
    case 10: return y * y;
    case 11: return y - 99;
    default: y = 0;
    }
    return y + 1;
}

/* a switch in a loop, over characters */
int classify(const char *s) {
    int score = 0;
    for (; *s; s++) {
        switch (*s) {
        case 'a': score += 1; break;
        case 'b': score += 3; break;
        case 'c': score ^= 5; break;
        case 'd': score -= 2; break;
        case 'e': score *= 3; break;
        case 'f': score += 11; break;
        case 'g': score -= 7; break;
        case 'h': score |= 64; break;
        default: score++;
        }
    }
    return score;
}

int counter;
static int hist[16];
long total = 5;
static int vals[4] = {1, 2, 3, 4};
static int *ptrs[] = {&vals[0], &vals[2], &counter};

int via_ptr(int i) { return *ptrs[i % 3]; }

int bump(int k) {
    static int calls;
    calls++;
    counter += k;
    hist[k & 15]++;
    total += hist[k & 15];
    vals[k & 3] += calls;
    return counter;
}

__attribute__((cold, noinline)) int report(int x) { return f1(x) * 3; }

int checked(int x) {
    if (__builtin_expect(x < 0, 0))
        return report(x) + f2(x);
    return x * 2;
}
