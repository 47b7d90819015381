// Hardware CRC-32C for SluiceProtocol. Swift cannot call the SSE4.2 `crc32` intrinsic, so this
// tiny C shim does, compiled for SSE4.2 only in the functions that use it and guarded by a cpuid
// check at run time. Other architectures report "unavailable" and Swift's table code is used.
#ifndef CSLUICE_CRC32C_H
#define CSLUICE_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the SSE4.2 crc32 instruction (x86-64 only), else 0.
int sluice_crc32c_hardware_available(void);

/// Runs the raw CRC-32C register `crc` (already inverted, not finished) over `length` bytes at
/// `data` with the crc32 instruction and returns the raw register. Call only when
/// `sluice_crc32c_hardware_available()` returned 1; elsewhere it returns `crc` unchanged.
uint32_t sluice_crc32c_hardware_update(uint32_t crc, const void *data, size_t length);

#endif
