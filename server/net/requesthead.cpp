#include "requesthead.h"

namespace md {

namespace {

constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// RFC 9110 token characters, which a field name and a method consist of.
bool isToken(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') ||
                        std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!ok)
            return false;
    }
    return true;
}

// Visible ASCII and white space only: no control characters (a bare CR or LF, NUL) inside a line.
bool isPlainText(std::string_view s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

RequestHead::Parse RequestHead::parse(std::string_view bytes)
{
    m_fieldCount = 0;
    m_length = 0;
    const std::size_t end = bytes.substr(0, kMaxLength).find("\r\n\r\n");
    if (end == std::string_view::npos)
        return bytes.size() >= kMaxLength ? Parse::Unusual : Parse::Incomplete;
    std::string_view rest = bytes.substr(0, end + 2); // every line with its CRLF

    const std::size_t lineEnd = rest.find("\r\n");
    const std::string_view line = rest.substr(0, lineEnd);
    rest.remove_prefix(lineEnd + 2);
    const std::size_t s1 = line.find(' ');
    const std::size_t s2 = s1 == std::string_view::npos ? s1 : line.find(' ', s1 + 1);
    if (s2 == std::string_view::npos || line.find(' ', s2 + 1) != std::string_view::npos)
        return Parse::Unusual;
    m_method = line.substr(0, s1);
    m_target = line.substr(s1 + 1, s2 - s1 - 1);
    m_version = line.substr(s2 + 1);
    if (!isToken(m_method) || m_target.empty() || m_target.front() != '/' ||
        !isPlainText(m_target) || (m_version != "HTTP/1.1" && m_version != "HTTP/1.0"))
        return Parse::Unusual;

    while (!rest.empty()) {
        const std::size_t e = rest.find("\r\n");
        const std::string_view field = rest.substr(0, e);
        rest.remove_prefix(e + 2);
        const std::size_t colon = field.find(':');
        if (colon == std::string_view::npos || m_fieldCount == kMaxFields)
            return Parse::Unusual;
        const std::string_view name = field.substr(0, colon);
        const std::string_view value = field.substr(colon + 1);
        // A name must be a token right up to the colon: "Name : v" and folded continuation lines
        // (starting with white space) are for the full parser to refuse.
        if (!isToken(name) || !isPlainText(value))
            return Parse::Unusual;
        m_fields[m_fieldCount++] = {name, trimmed(value)};
    }
    m_length = end + 4;
    return Parse::Complete;
}

const RequestHead::Field *RequestHead::find(std::string_view name) const
{
    for (std::size_t i = 0; i < m_fieldCount; ++i) {
        if (equalsIgnoringCase(m_fields[i].name, name))
            return &m_fields[i];
    }
    return nullptr;
}

std::string_view RequestHead::field(std::string_view name) const
{
    const Field *f = find(name);
    return f ? f->value : std::string_view();
}

bool RequestHead::hasField(std::string_view name) const
{
    return find(name) != nullptr;
}

bool RequestHead::keepAlive() const
{
    if (m_version != "HTTP/1.1")
        return false;
    // "Connection" is a list of tokens: "close" anywhere in it ends the connection.
    std::string_view list = field("Connection");
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        if (equalsIgnoringCase(trimmed(list.substr(0, comma)), "close"))
            return false;
        if (comma == std::string_view::npos)
            break;
        list.remove_prefix(comma + 1);
    }
    return true;
}

} // namespace md
