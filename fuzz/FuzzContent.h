#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/content/XmlFile.h"

namespace amhire::fuzz {

// Parses fuzzer bytes the way the content loader parses a file, with the
// app's default limits, so the fuzzer explores exactly what users can hit.
inline std::unique_ptr<XmlFile> parseContent(const uint8_t* data, size_t size, Diagnostics& out)
{
    return XmlFile::parse("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), out);
}

// Every diagnostic must name the file and a position inside it (or 0:0 for
// the whole file); anything else is a bug in the reader, so it aborts and the
// fuzzer keeps the input.
inline void checkDiagnostics(const Diagnostics& out, const XmlFile* file)
{
    for (const Diagnostic& d : out) {
        if (d.path != "fuzz.xml" || d.line < 0 || d.column < 0 || d.message.empty())
            __builtin_trap();
        if (file && d.line > 0 && static_cast<size_t>(d.line) > file->original().size() + 1)
            __builtin_trap();
        (void)d.format();
    }
}

}  // namespace amhire::fuzz
