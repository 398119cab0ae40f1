// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace CreatorDesk {

class ClipboardGuard;

// A new key, shown this once: the full key (selectable), the service's warning, and Copy
// (the clipboard is cleared after a while if it still holds the key).
class OneTimeKeyView final : public QWidget
{
    Q_OBJECT

public:
    OneTimeKeyView(ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~OneTimeKeyView() override;

    void showKey(const QString &key, const QString &warning);
    void forget();
    QString shownKey() const;
    QString warningText() const;
    QPushButton *copyButton() const { return m_copy; }

private:
    ClipboardGuard *m_clipboard;
    QLineEdit *m_key;
    QLabel *m_warning;
    QLabel *m_copied;
    QPushButton *m_copy;
};

} // namespace CreatorDesk
