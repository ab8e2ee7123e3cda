#pragma once

// Reads typed values off the front of a fuzzer's input. Running out of bytes yields zeros and
// empty strings, so every input, however short, maps to one well-defined call.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace kfp::fuzz {

class FuzzInput final
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    {}

    bool atEnd() const { return m_pos >= m_size; }
    size_t remaining() const { return m_size - m_pos; }

    uint8_t byte() { return atEnd() ? 0 : static_cast<uint8_t>(m_data[m_pos++]); }

    template<class T> T integer()
    {
        T value = 0;
        const size_t n = remaining() < sizeof(T) ? remaining() : sizeof(T);
        std::memcpy(&value, m_data + m_pos, n);
        m_pos += n;
        return value;
    }

    // Bytes up to the next '\n' (consumed, not returned), or to the end.
    QByteArray line()
    {
        const size_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != '\n')
            ++m_pos;
        QByteArray out(m_data + start, static_cast<qsizetype>(m_pos - start));
        if (m_pos < m_size)
            ++m_pos;
        return out;
    }
    QString textLine() { return QString::fromUtf8(line()); }

    QByteArray rest()
    {
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(m_size - m_pos));
        m_pos = m_size;
        return out;
    }

private:
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace kfp::fuzz
