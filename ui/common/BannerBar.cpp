// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BannerBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace CreatorDesk {

BannerBar::BannerBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, &BannerBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void BannerBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    const char *colours = "background: #e8f0fb; border: 1px solid #9bb8e0; color: #123a6b;";
    if (kind == Kind::Warning)
        colours = "background: #fff4d6; border: 1px solid #e0b84c; color: #4d3800;";
    else if (kind == Kind::Error)
        colours = "background: #fbe9e7; border: 1px solid #d9827a; color: #6b1410;";
    setStyleSheet(QStringLiteral("CreatorDesk--BannerBar { %1 border-radius: 4px; } "
                                 "QLabel { background: transparent; border: none; }")
                      .arg(QLatin1String(colours)));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString BannerBar::text() const
{
    return m_text->text();
}

} // namespace CreatorDesk
