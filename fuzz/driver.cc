// A plain main() for the fuzz targets when libFuzzer is not linked: runs
// LLVMFuzzerTestOneInput on each file named (or on stdin), so the targets
// build and run everywhere and never rot. Tests run it on the golden inputs.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

static void RunOne(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()),
                         bytes.size());
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                      std::istreambuf_iterator<char>());
    RunOne(bytes);
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz driver: cannot open %s\n", argv[i]);
      return 2;
    }
    RunOne(std::string((std::istreambuf_iterator<char>(in)),
                       std::istreambuf_iterator<char>()));
  }
  std::printf("ran %d inputs\n", argc - 1);
  return 0;
}
