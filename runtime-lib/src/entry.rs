//! Program entry. (Skeleton.)
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
