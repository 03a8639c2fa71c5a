# Helpers shared by every folder, after leveldb's leveldb_test().

find_package(GTest REQUIRED)
include(GoogleTest)

set(KHABAR_SOURCE_DIR ${CMAKE_SOURCE_DIR})
set(KHABAR_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH
    "The shared/ folder with seeds, gold and data (optional)")
# ANERcorp's train file: its words join the lexicon and its names the
# segmenter's when it is there at configure time (tools/, src/morph/).
set(KHABAR_ANERCORP
    ${KHABAR_SHARED_DIR}/data/anercorp/ANERCorp_CamelLab_train.txt)

# khabar_test(NAME SOURCES... LIBS... [LABELS ...])
# One GoogleTest binary; each TEST becomes a CTest test with the labels given
# (default: unit).
function(khabar_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  # Where the repo, shared/ and the build are; the environment variables of
  # the same names override them (tests/test_util.h).
  target_compile_definitions(${name} PRIVATE
    KHABAR_SOURCE_DIR_DEFAULT="${KHABAR_SOURCE_DIR}"
    KHABAR_SHARED_DIR_DEFAULT="${KHABAR_SHARED_DIR}"
    KHABAR_BINARY_DIR_DEFAULT="${CMAKE_BINARY_DIR}")
  gtest_discover_tests(${name}
    PROPERTIES LABELS "${T_LABELS}"
    DISCOVERY_TIMEOUT 60)
endfunction()

# khabar_fuzzer(NAME SOURCE LIBS...)
# Built always: with libFuzzer when KHABAR_LIBFUZZER is on, else against
# fuzz/driver.cc, a plain main() that runs the target on files, so the
# targets never rot.
function(khabar_fuzzer name source)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE ${ARGN})
  if(KHABAR_LIBFUZZER)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  else()
    target_sources(${name} PRIVATE ${CMAKE_SOURCE_DIR}/fuzz/driver.cc)
  endif()
endfunction()

# khabar_embed(TARGET FILE SYMBOL)
# Links the bytes of FILE into TARGET. C++ code declares
#   extern "C" const char SYMBOL[]; extern "C" const unsigned long SYMBOL_size;
# (see src/base/embed.h) and reads them with no file at run time.
function(khabar_embed target file symbol)
  set(asm ${CMAKE_CURRENT_BINARY_DIR}/embed_${symbol}.S)
  file(WRITE ${asm}.in
"  .section .rodata
  .global ${symbol}
  .global ${symbol}_size
  .balign 16
${symbol}:
  .incbin \"@EMBED_FILE@\"
${symbol}_end:
  .byte 0
  .balign 8
${symbol}_size:
  .quad ${symbol}_end - ${symbol}
  .section .note.GNU-stack,\"\",@progbits
")
  set(EMBED_FILE ${file})
  configure_file(${asm}.in ${asm} @ONLY)
  set_source_files_properties(${asm} PROPERTIES LANGUAGE ASM OBJECT_DEPENDS ${file})
  target_sources(${target} PRIVATE ${asm})
endfunction()
