//! A small Rust crate of the kind people call from Go (tools/accept_objects.py compiles it
//! with `rustc --emit=obj -C opt-level=2`): checksums, parsing, sorting, searching.
#![no_std]

#[no_mangle]
pub extern "C" fn fnv1a(p: *const u8, n: usize) -> u64 {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    s.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

#[no_mangle]
pub extern "C" fn adler(p: *const u8, n: usize) -> u32 {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in s.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

#[no_mangle]
pub extern "C" fn parse_u64(p: *const u8, n: usize, out: *mut u64) -> bool {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    let mut v: u64 = 0;
    if s.is_empty() {
        return false;
    }
    for &c in s {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u64,
            b'_' => continue,
            _ => return false,
        };
        v = match v.checked_mul(10).and_then(|v| v.checked_add(d)) {
            Some(v) => v,
            None => return false,
        };
    }
    unsafe { *out = v };
    true
}

#[no_mangle]
pub extern "C" fn insertion_sort(p: *mut i64, n: usize) {
    let s = unsafe { core::slice::from_raw_parts_mut(p, n) };
    for i in 1..s.len() {
        let mut j = i;
        while j > 0 && s[j - 1] > s[j] {
            s.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[no_mangle]
pub extern "C" fn lower_bound(p: *const i64, n: usize, key: i64) -> usize {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    s.partition_point(|&x| x < key)
}

#[no_mangle]
pub extern "C" fn dot_f32(a: *const f32, b: *const f32, n: usize) -> f32 {
    let (a, b) = unsafe { (core::slice::from_raw_parts(a, n), core::slice::from_raw_parts(b, n)) };
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[no_mangle]
pub extern "C" fn count_utf8_chars(p: *const u8, n: usize) -> usize {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    s.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[no_mangle]
pub extern "C" fn popcount_sum(p: *const u64, n: usize) -> u64 {
    let s = unsafe { core::slice::from_raw_parts(p, n) };
    s.iter().map(|x| x.count_ones() as u64).sum()
}

#[no_mangle]
pub extern "C" fn hex_digit(c: u8) -> i32 {
    match c {
        b'0'..=b'9' => (c - b'0') as i32,
        b'a'..=b'f' => (c - b'a' + 10) as i32,
        b'A'..=b'F' => (c - b'A' + 10) as i32,
        _ => -1,
    }
}

#[no_mangle]
pub extern "C" fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
