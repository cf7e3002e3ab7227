#include "core/export/PartialFile.h"

#include <string>
#include <system_error>

namespace amhire {

PartialFile::PartialFile(const std::filesystem::path& target) : target_(target), partial_(target)
{
    partial_ += ".partial";
}

PartialFile::~PartialFile()
{
    std::error_code ignored;
    if (!committed_)
        std::filesystem::remove(partial_, ignored);
}

ExportError PartialFile::aboutTarget(const std::exception& failure) const
{
    std::string message = failure.what();
    const std::string partialName = partial_.string();
    for (size_t at; (at = message.find(partialName)) != std::string::npos;)
        message.replace(at, partialName.size(), target_.string());
    return ExportError(message);
}

void PartialFile::commit()
{
    std::error_code ec;
    std::filesystem::rename(partial_, target_, ec);
    if (ec)
        throw ExportError("Cannot replace " + target_.string() + ": " + ec.message() + ".");
    committed_ = true;
}

} // namespace amhire
