// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/OneTimeKeyView.h"

#include "common/ClipboardGuard.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

OneTimeKeyView::OneTimeKeyView(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_key(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_copied(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy key"), this))
{
    auto *intro = new QLabel(tr("This is the only time the whole key is shown. Copy it now to "
                                "wherever it is needed."),
                             this);
    intro->setWordWrap(true);
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setAccessibleName(tr("New API key"));
    m_key->setObjectName(QStringLiteral("oneTimeKey"));
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("keyWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #7a4d00; font-weight: bold; }"));
    m_warning->setAccessibleName(tr("Warning from the service"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    m_copied->setWordWrap(true);
    m_copied->setAccessibleName(tr("Clipboard status"));
    m_copy->setAccessibleName(tr("Copy the key to the clipboard"));
    m_copy->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    layout->addWidget(m_copied);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_key->text().isEmpty() || !m_clipboard)
            return;
        m_clipboard->copy(m_key->text());
        const auto seconds =
            std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearDelay()).count();
        m_copied->setText(tr("Copied. The clipboard is cleared in %n second(s) if it still holds "
                             "the key.",
                             nullptr, int(seconds)));
    });
}

OneTimeKeyView::~OneTimeKeyView()
{
    forget();
}

void OneTimeKeyView::showKey(const QString &key, const QString &warning)
{
    m_key->setText(key);
    m_key->selectAll();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void OneTimeKeyView::forget()
{
    m_key->clear();
}

QString OneTimeKeyView::shownKey() const
{
    return m_key->text();
}

QString OneTimeKeyView::warningText() const
{
    return m_warning->text();
}

} // namespace CreatorDesk
