// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceDescriptor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreatorDesk {

// What a pasted key looks like for one service, checked as the person types.
struct KeyCheck
{
    enum class Verdict { Empty, Valid, Invalid };

    Verdict verdict = Verdict::Empty;
    QString key;                     // the input without surrounding whitespace and quotes
    QStringList notes;               // what was cleaned up, said once
    QString problem;                 // for Invalid: one sentence, what is wrong and how to fix it
    std::optional<KeyFormat> format; // for Valid

    bool isValid() const { return verdict == Verdict::Valid; }
};

class KeyFormatCheck final
{
public:
    // `others` lets the message say "this looks like an Xquik key".
    static KeyCheck check(const ServiceDescriptor &service, const QString &input,
                          const QList<ServiceDescriptor> &others = {});
    // "xq_a1b2…": the format's prefix and four characters, the only form shown after creation.
    static QString displayPrefix(const QString &key, const QString &formatPrefix);
};

} // namespace CreatorDesk
