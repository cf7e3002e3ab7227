#include "core/content/XmlFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

#include "core/content/XmlEncoding.h"

namespace amhire {

Diagnostic makeError(const SourceLocation& where, std::string message)
{
    return Diagnostic{where.path(), where.line, where.column, Severity::Error, std::move(message)};
}

namespace {

// Closes the descriptor it was given, however the read ends.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Reads at most `limit` bytes of the regular file at `fd` into `bytes`; the
// number read, or nullopt on a read error. Once it has the `expected` bytes
// that stat reported, it stops: one more read would only say "end of file",
// a system call for each file of every load. A file that grows while it is
// read may or may not have its new bytes read, as before.
std::optional<size_t> readUpTo(int fd, char* bytes, size_t limit, size_t expected)
{
    size_t got = 0;
    while (got < limit && !(got == expected && got > 0)) {
        const ssize_t n = ::read(fd, bytes + got, limit - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        // A short read is not the end on every file system (FUSE, NFS):
        // read on until read() says so or the size stat gave is reached.
        got += static_cast<size_t>(n);
    }
    return got;
}

}  // namespace

std::unique_ptr<XmlFile> XmlFile::load(const std::string& path, Diagnostics& out, const XmlLimits& limits,
                                       XmlFileBytes* bytes, bool regularEntry)
{
    // stat before open: a device or a FIFO behind a link is never opened. An
    // entry the folder's listing saw as a regular file, not a link, is opened
    // straight away and looked at through the open file: one look-up of its
    // path instead of two. Anything unexpected goes the careful way, which
    // alone words the errors.
    struct stat status {};
    FileDescriptor file;
    if (regularEntry) {
        file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (file.fd >= 0 && (::fstat(file.fd, &status) != 0 || !S_ISREG(status.st_mode))) {
            ::close(file.fd);
            file.fd = -1;
        }
    }
    if (file.fd < 0 && (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode))) {
        std::error_code ec;
        (void)std::filesystem::file_size(path, ec);  // its message says what the path is instead
        out.push_back({path, 0, 0, Severity::Error,
                       "cannot read file: " + (ec ? ec.message() : std::string("not a regular file"))});
        return nullptr;
    }
    const auto size = static_cast<std::uintmax_t>(status.st_size);
    if (size > limits.maxFileBytes) {
        out.push_back({path, 0, 0, Severity::Error,
                       fmt::format("file is {} bytes; content files may be at most {} bytes", size,
                                   limits.maxFileBytes)});
        return nullptr;
    }
    // Read at most one byte past the limit: a file that grows after the size
    // check must not be read without end. Read straight into the buffer that
    // is parsed (not zeroed first); the copy kept as read is made from it.
    const size_t capacity = static_cast<size_t>(std::min<std::uintmax_t>(size, limits.maxFileBytes)) + 1;
    std::unique_ptr<XmlFile> parsed(new XmlFile);
    if (bytes) {
        bytes->fit(capacity);
        parsed->buffer_ = bytes->toParse();
    }
    else {
        parsed->ownBuffer_.reset(new char[capacity]);
        parsed->buffer_ = parsed->ownBuffer_.get();
    }
    if (file.fd < 0)
        file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    std::optional<size_t> got;
    if (file.fd >= 0)
        got = readUpTo(file.fd, parsed->buffer_, capacity, static_cast<size_t>(size));
    if (!got) {
        out.push_back({path, 0, 0, Severity::Error, "cannot read file"});
        return nullptr;
    }
    if (bytes) {
        std::copy(parsed->buffer_, parsed->buffer_ + *got, bytes->asRead());
        parsed->original_ = std::string_view(bytes->asRead(), *got);
    }
    else {
        parsed->ownOriginal_.assign(parsed->buffer_, *got);
        parsed->original_ = parsed->ownOriginal_;
    }
    return parsed->parseBuffer(path, limits, out) ? std::move(parsed) : nullptr;
}

std::unique_ptr<XmlFile> XmlFile::parse(std::string displayPath, std::string bytes, Diagnostics& out,
                                        const XmlLimits& limits)
{
    std::unique_ptr<XmlFile> file(new XmlFile);
    file->ownBuffer_.reset(new char[bytes.size()]);
    file->buffer_ = file->ownBuffer_.get();
    std::copy(bytes.begin(), bytes.end(), file->buffer_);
    file->ownOriginal_ = std::move(bytes);
    file->original_ = file->ownOriginal_;
    return file->parseBuffer(std::move(displayPath), limits, out) ? std::move(file) : nullptr;
}

bool XmlFile::parseBuffer(std::string displayPath, const XmlLimits& limits, Diagnostics& out)
{
    path_ = std::make_shared<const std::string>(std::move(displayPath));
    limits_ = limits;
    const std::string_view text = original_;
    if (text.size() > limits.maxFileBytes) {
        out.push_back({path(), 0, 0, Severity::Error,
                       fmt::format("file is {} bytes; content files may be at most {} bytes", text.size(),
                                   limits.maxFileBytes)});
        return false;
    }
    positions_ = TextPositions(original_);

    auto fail = [&](size_t offset, std::string message) {
        out.push_back(makeError(locate(offset), std::move(message)));
        return false;
    };

    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.push_back({path(), 0, 0, Severity::Error, "file is empty"});
        return false;
    }
    if (auto problem = findEncodingProblem(text)) {
        if (problem->wholeFile) {
            out.push_back({path(), 0, 0, Severity::Error, problem->message});
            return false;
        }
        return fail(problem->offset, problem->message);
    }

    // parse_doctype, parse_declaration and parse_pi keep those nodes so they
    // can be checked; parse_fragment keeps what lies beside the root element (text, a
    // second root), which pugixml would otherwise drop without a word.
    // parse_embed_pcdata keeps an element's leading text as the element's
    // value instead of a node of its own: nearly every element of a content
    // file is one text, so a load makes and walks half the nodes (~5 % of
    // it). Everything that reads text looks at the value first
    // (ElementReader::text, checkNoText, the limits).
    const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_declaration | pugi::parse_pi |
                             pugi::parse_fragment | pugi::parse_embed_pcdata;
    pugi::xml_parse_result result =
        doc_.load_buffer_inplace(buffer_, text.size(), options, pugi::encoding_utf8);
    if (!result) {
        const auto offset = static_cast<size_t>(result.offset);
        if (result.status == pugi::status_bad_doctype) {
            const size_t doctype = text.rfind("<!DOCTYPE", offset);
            return fail(doctype == std::string::npos ? offset : doctype,
                        "DOCTYPE declarations are not allowed in content files");
        }
        std::string message = fmt::format("XML is not well-formed: {}", result.description());
        // A well-formed file ends with '>'; an error at the very end or a file
        // ending in the middle of something is most often a cut-off copy.
        const size_t last = text.find_last_not_of(" \t\r\n");
        if (offset >= last || text[last] != '>')
            message += " (the file ends early: is it truncated?)";
        return fail(offset, std::move(message));
    }
    return checkProlog(out) && checkShape(out);
}

size_t XmlFile::offsetOf(const char* pointer) const
{
    const char* begin = buffer_;
    if (pointer >= begin && pointer < begin + original_.size())
        return static_cast<size_t>(pointer - begin);
    return 0;
}

SourceLocation XmlFile::locate(size_t offset) const
{
    const LineColumn at = positions_.at(offset);
    return {path_, at.line, at.column};
}

SourceLocation XmlFile::locate(pugi::xml_node node) const
{
    auto offset = static_cast<size_t>(std::max<ptrdiff_t>(0, node.offset_debug()));
    // For elements pugixml reports the name; point at the '<' as people read it.
    if (node.type() == pugi::node_element && offset > 0 && original_[offset - 1] == '<')
        --offset;
    return locate(offset);
}

SourceLocation XmlFile::locate(pugi::xml_attribute attribute) const
{
    return locate(offsetOf(attribute.name()));
}

SourceLocation XmlFile::locateValue(const char* value) const
{
    return locate(offsetOf(value));
}

SourceLocation XmlFile::locateWithin(pugi::xml_node node, const std::string& needle) const
{
    auto start = static_cast<size_t>(std::max<ptrdiff_t>(0, node.offset_debug()));
    auto close = original_.find("</" + std::string(node.name()), start);
    auto found = original_.find(needle, start);
    if (found != std::string::npos && (close == std::string::npos || found < close))
        return locate(found);
    return locate(node);
}

}  // namespace amhire
