#include "core/export/PartialFile.h"

#include <fstream>
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

void PartialFile::writeStream(const std::function<void(std::ostream&)>& write) const
{
    std::ofstream out(partial_, std::ios::binary | std::ios::trunc);
    if (!out)
        throw ExportError("Cannot write " + target_.string() + ": the folder is missing or not writable.");
    write(out);
    out.close();
    if (!out)
        throw ExportError("Writing " + target_.string() + " failed; is the disk full?");
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
