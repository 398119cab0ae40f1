// SPDX-License-Identifier: GPL-3.0-or-later
#include "Util.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace CreatorDesk::Sandbox::Util {

std::string newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string randomHex(int bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < bytes * 2; ++i)
        out += digits[QRandomGenerator::system()->bounded(16)];
    return out;
}

std::string randomDigits(int count)
{
    std::string out(1, static_cast<char>('1' + QRandomGenerator::global()->bounded(9)));
    while (static_cast<int>(out.size()) < count)
        out += static_cast<char>('0' + QRandomGenerator::global()->bounded(10));
    return out;
}

std::string randomBase32(int count)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    std::string out;
    for (int i = 0; i < count; ++i)
        out += alphabet[QRandomGenerator::global()->bounded(32)];
    return out;
}

std::string sha256Hex(const std::string &text)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

std::string base64Url(const std::string &data)
{
    return QByteArray::fromStdString(data)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::string urlEncode(const std::string &text)
{
    return QUrl::toPercentEncoding(QString::fromStdString(text)).toStdString();
}

std::string toIso(TimePoint when)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(ms.count(), Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .toStdString();
}

std::string nowIso()
{
    return toIso(Clock::now());
}

std::optional<TimePoint> parseIso(const std::string &text)
{
    if (text.size() < 16 || text.find('T') == std::string::npos)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // A time without a zone is taken as UTC, as the API asks for UTC times.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return TimePoint(std::chrono::milliseconds(parsed.toMSecsSinceEpoch()));
}

std::int64_t toEpochSeconds(TimePoint when)
{
    return std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count();
}

std::string htmlToPlainText(const std::string &html)
{
    std::string text;
    bool inTag = false;
    for (char c : html) {
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag)
            inTag = false;
        else if (!inTag)
            text += c;
    }
    static const std::pair<const char *, const char *> entities[] = {
        {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""}, {"&#39;", "'"},
        {"&apos;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
    for (const auto &[entity, replacement] : entities) {
        const std::string from = entity;
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + 1))
            text.replace(pos, from.size(), replacement);
    }
    return text;
}

std::string maskKey(const std::string &key)
{
    if (key.size() <= 11)
        return key.substr(0, 3) + "...";
    return key.substr(0, 7) + "..." + key.substr(key.size() - 4);
}

} // namespace CreatorDesk::Sandbox::Util
