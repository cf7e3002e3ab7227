#pragma once

#include <string>

namespace amhire {

// The libraries doing the work and the versions running, for Help > About
// and `amhire-cli --version`: what a bug report needs to say.
// "SQLite 3.40.1, pugixml 1.13, cmark 0.30.2, libxlsxwriter 1.1.4, cairo 1.16.0".
std::string libraryVersions();

} // namespace amhire
