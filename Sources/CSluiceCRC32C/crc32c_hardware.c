#include "CSluiceCRC32C.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>

int sluice_crc32c_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
        return 0;
    }
    return (ecx & bit_SSE4_2) != 0;
}

__attribute__((target("sse4.2")))
uint32_t sluice_crc32c_hardware_update(uint32_t crc, const void *data, size_t length) {
    const unsigned char *bytes = (const unsigned char *)data;
    uint64_t register64 = crc;
    // Three independent streams would hide the instruction's 3-cycle latency, but combining them
    // needs carry-less multiplication; one stream already runs at about 8 bytes per 3 cycles.
    while (length >= 32) {
        uint64_t words[4];
        memcpy(words, bytes, sizeof words);
        register64 = _mm_crc32_u64(register64, words[0]);
        register64 = _mm_crc32_u64(register64, words[1]);
        register64 = _mm_crc32_u64(register64, words[2]);
        register64 = _mm_crc32_u64(register64, words[3]);
        bytes += 32;
        length -= 32;
    }
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, bytes, sizeof word);
        register64 = _mm_crc32_u64(register64, word);
        bytes += 8;
        length -= 8;
    }
    uint32_t register32 = (uint32_t)register64;
    while (length > 0) {
        register32 = _mm_crc32_u8(register32, *bytes);
        bytes += 1;
        length -= 1;
    }
    return register32;
}

#else

int sluice_crc32c_hardware_available(void) {
    return 0;
}

uint32_t sluice_crc32c_hardware_update(uint32_t crc, const void *data, size_t length) {
    (void)data;
    (void)length;
    return crc;
}

#endif
