#pragma once

#include <cstddef>

namespace amhire {

// Whether the element or attribute name `name` is `literal`. Readers ask
// this of every element and attribute they meet, several names each; strcmp
// is a call into the C library each time, while this compares inline and
// stops at the first byte that differs (the terminator included, so "level"
// is not "levels").
template <size_t N>
inline bool nameIs(const char* name, const char (&literal)[N])
{
    for (size_t i = 0; i < N; ++i)
        if (name[i] != literal[i])
            return false;
    return true;
}

// The same for two names known only at run time.
inline bool sameName(const char* a, const char* b)
{
    for (; *a == *b; ++a, ++b)
        if (*a == '\0')
            return true;
    return false;
}

}  // namespace amhire
