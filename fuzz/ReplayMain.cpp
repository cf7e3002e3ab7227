// Runs a fuzz target's LLVMFuzzerTestOneInput over given files and folders,
// without libFuzzer: ctest replays the seeds (the bundled content, the
// hostile corpus, the test data) through every target with the normal
// compiler and, under `scripts/test --sanitize`, with ASan and UBSan. A
// target's own checks abort on a broken rule, which fails the test.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path& where)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(where)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(where))
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        std::sort(inputs.begin(), inputs.end());  // the same order every run
    }
    else if (std::filesystem::is_regular_file(where))
        inputs.push_back(where);
    return inputs;
}

}  // namespace

int main(int argc, char** argv)
{
    size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const auto inputs = inputsIn(argv[i]);
        if (inputs.empty()) {
            std::fprintf(stderr, "%s: no inputs (a wrong path would pass silently)\n", argv[i]);
            return 2;
        }
        for (const auto& input : inputs) {
            std::ifstream in(input, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::printf("replayed %zu inputs\n", replayed);
    return replayed > 0 ? 0 : 2;
}
