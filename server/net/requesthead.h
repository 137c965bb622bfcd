#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace md {

// The head of one HTTP/1.x request (request line and header fields), parsed in place from bytes
// already received, as far as the connection hub needs it to answer a request from memory. It is
// deliberately strict: anything unusual (folded lines, too many fields, a bare LF) is `Unusual`,
// and the request goes to Poco's full parser on a worker, which accepts or refuses it properly.
class RequestHead
{
public:
    static constexpr std::size_t kMaxLength = 8192;
    static constexpr std::size_t kMaxFields = 32;

    enum class Parse {
        Complete,   // a whole head: the views below are valid while the bytes are
        Incomplete, // no blank line yet, and still under kMaxLength
        Unusual,    // not for the quick path
    };

    Parse parse(std::string_view bytes);

    std::string_view method() const { return m_method; }
    std::string_view target() const { return m_target; }
    std::string_view version() const { return m_version; }
    // The bytes of the head, the blank line included.
    std::size_t length() const { return m_length; }
    // The first field of that name (ASCII case-insensitive), without surrounding white space;
    // empty when absent.
    std::string_view field(std::string_view name) const;
    bool hasField(std::string_view name) const;
    // HTTP/1.1 without "Connection: close".
    bool keepAlive() const;

private:
    struct Field
    {
        std::string_view name;
        std::string_view value;
    };
    const Field *find(std::string_view name) const;

    std::string_view m_method;
    std::string_view m_target;
    std::string_view m_version;
    std::size_t m_length = 0;
    std::array<Field, kMaxFields> m_fields{};
    std::size_t m_fieldCount = 0;
};

} // namespace md
