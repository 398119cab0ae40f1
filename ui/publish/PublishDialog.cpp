// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
constexpr int CandidateRole = Qt::UserRole + 1; // index into m_candidates
} // namespace

PublishDialog::PublishDialog(const QStringList &posts, const QList<PublishCandidate> &candidates,
                             std::optional<qint64> balance, QWidget *parent,
                             const QList<QList<DraftMedia>> &media)
    : QDialog(parent)
    , m_posts(posts)
    , m_media(media)
    , m_candidates(candidates)
    , m_balance(balance)
    , m_tree(new QTreeWidget(this))
    , m_xOptions(new QGroupBox(tr("X"), this))
    , m_community(new QLineEdit(this))
    , m_communityName(new QLineEdit(this))
    , m_communityDescription(new QLineEdit(this))
    , m_quote(new QLineEdit(this))
    , m_threadsOptions(new QGroupBox(tr("Threads"), this))
    , m_replyControl(new QComboBox(this))
    , m_linkedInOptions(new QGroupBox(tr("LinkedIn"), this))
    , m_visibility(new QComboBox(this))
    , m_cost(new QLabel(this))
    , m_reason(new QLabel(this))
{
    setWindowTitle(tr("Publish"));
    setObjectName(QStringLiteral("publishDialog"));

    auto *intro = new QLabel(
        tr("%n post(s) will be published now to the checked accounts.", nullptr, int(posts.size())),
        this);
    intro->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("publishAccounts"));
    m_tree->setAccessibleName(tr("Target accounts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Account"), tr("Verdict")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    buildTree();

    m_community->setObjectName(QStringLiteral("communityId"));
    m_community->setAccessibleName(tr("X community ID"));
    m_community->setPlaceholderText(tr("Optional: post into this community"));
    m_communityName->setObjectName(QStringLiteral("communityName"));
    m_communityName->setAccessibleName(tr("X community name"));
    m_communityName->setPlaceholderText(tr("Optional: the community's name"));
    m_communityDescription->setObjectName(QStringLiteral("communityDescription"));
    m_communityDescription->setAccessibleName(tr("X community description"));
    m_communityDescription->setPlaceholderText(tr("Optional: its description"));
    m_quote->setObjectName(QStringLiteral("quoteTweet"));
    m_quote->setAccessibleName(tr("Post to quote"));
    m_quote->setPlaceholderText(tr("Optional: link or number of the post to quote"));
    auto *xForm = new QFormLayout(m_xOptions);
    xForm->addRow(tr("&Community ID:"), m_community);
    // Short labels: the fields sit under "Community ID" and keep the width of its column.
    xForm->addRow(tr("&Name:"), m_communityName);
    xForm->addRow(tr("&Description:"), m_communityDescription);
    xForm->addRow(tr("&Quote post:"), m_quote);

    m_replyControl->setObjectName(QStringLiteral("replyControl"));
    m_replyControl->setAccessibleName(tr("Who can reply on Threads"));
    m_replyControl->addItem(tr("Threads' default"), int(ReplyControl::Default));
    m_replyControl->addItem(tr("Everyone"), int(ReplyControl::Everyone));
    m_replyControl->addItem(tr("Accounts you follow"), int(ReplyControl::AccountsYouFollow));
    m_replyControl->addItem(tr("Mentioned accounts only"), int(ReplyControl::MentionedOnly));
    auto *threadsForm = new QFormLayout(m_threadsOptions);
    threadsForm->addRow(tr("Who can &reply:"), m_replyControl);

    m_visibility->setObjectName(QStringLiteral("linkedInVisibility"));
    m_visibility->setAccessibleName(tr("Who can see it on LinkedIn"));
    m_visibility->addItem(tr("LinkedIn's default (public)"), int(LinkedInVisibility::Default));
    m_visibility->addItem(tr("Public"), int(LinkedInVisibility::Public));
    m_visibility->addItem(tr("Connections only"), int(LinkedInVisibility::Connections));
    m_visibility->addItem(tr("Signed-in LinkedIn members"), int(LinkedInVisibility::LoggedIn));
    auto *linkedInForm = new QFormLayout(m_linkedInOptions);
    linkedInForm->addRow(tr("&Visible to:"), m_visibility);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_xOptions, 2);
    auto *otherOptions = new QVBoxLayout;
    otherOptions->addWidget(m_threadsOptions);
    otherOptions->addWidget(m_linkedInOptions);
    optionsRow->addLayout(otherOptions, 1);

    m_cost->setObjectName(QStringLiteral("publishCost"));
    m_reason->setObjectName(QStringLiteral("publishBlockedReason"));
    m_reason->setWordWrap(true);
    QPalette warning = m_reason->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1f));
    m_reason->setPalette(warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addLayout(optionsRow);
    layout->addWidget(m_cost);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            update();
    });
    for (QLineEdit *edit : {m_community, m_communityName, m_communityDescription})
        connect(edit, &QLineEdit::textChanged, this, &PublishDialog::update);
    connect(m_quote, &QLineEdit::textChanged, this, &PublishDialog::update);
    connect(m_replyControl, &QComboBox::currentIndexChanged, this, &PublishDialog::update);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, &PublishDialog::update);
    update();
    resize(sizeHint().expandedTo(QSize(640, 520)));
}

void PublishDialog::buildTree()
{
    for (const Platform platform : allPlatforms()) {
        QTreeWidgetItem *group = nullptr;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const PublishCandidate &candidate = m_candidates.at(i);
            if (candidate.account.platform != platform)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {platformDisplayName(platform)});
                group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                                Qt::ItemIsAutoTristate);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            const QString name = candidate.account.username.isEmpty()
                                     ? candidate.account.accountId
                                     : QLatin1Char('@') + candidate.account.username;
            auto *item = new QTreeWidgetItem(
                group, {tr("%1 (%2)").arg(name, candidate.socialSetName), QString()});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, candidate.checked ? Qt::Checked : Qt::Unchecked);
            item->setData(0, CandidateRole, int(i));
        }
    }
    // Accounts on platforms Creator Desk does not know stay visible, and say why they cannot go.
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).account.platform)
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {m_candidates.at(i).account.username});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setData(0, CandidateRole, int(i));
    }
    m_tree->expandAll();
}

QList<QTreeWidgetItem *> PublishDialog::accountItems() const
{
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, CandidateRole).isValid())
            items.append(*it);
    }
    return items;
}

void PublishDialog::setChecked(const QString &accountId, bool checked)
{
    for (QTreeWidgetItem *item : accountItems()) {
        if (m_candidates.at(item->data(0, CandidateRole).toInt()).account.accountId == accountId)
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<SocialAccount> PublishDialog::checkedAccounts() const
{
    QList<SocialAccount> accounts;
    for (QTreeWidgetItem *item : accountItems()) {
        if (item->checkState(0) == Qt::Checked)
            accounts.append(m_candidates.at(item->data(0, CandidateRole).toInt()).account);
    }
    return accounts;
}

bool PublishDialog::isChecked(Platform platform) const
{
    const QList<SocialAccount> accounts = checkedAccounts();
    return std::any_of(accounts.cbegin(), accounts.cend(),
                       [platform](const SocialAccount &a) { return a.platform == platform; });
}

QString PublishDialog::socialSetId() const
{
    QString set;
    for (QTreeWidgetItem *item : accountItems()) {
        if (item->checkState(0) != Qt::Checked)
            continue;
        const QString id = m_candidates.at(item->data(0, CandidateRole).toInt()).socialSetId;
        if (!set.isEmpty() && id != set)
            return {};
        set = id;
    }
    return set;
}

void PublishDialog::setLanguage(const QString &language)
{
    m_language = language;
    update();
}

PublishOptions PublishDialog::options() const
{
    PublishOptions options;
    const QString code = m_language.section(QLatin1Char('_'), 0, 0);
    if (!code.isEmpty() && PublishPlan::imageUrlsRefusal(m_media).isEmpty())
        options.langs = {code};
    // An ID alone goes as the X targets' communityId; with a name, as the community object.
    const QString community = m_community->text().trimmed();
    if (!community.isEmpty())
        options.community = Community{community, m_communityName->text().trimmed(),
                                      m_communityDescription->text().trimmed()};
    options.quoteTweetId = PublishOptions::tweetIdFrom(m_quote->text());
    options.replyControl = ReplyControl(m_replyControl->currentData().toInt());
    options.visibility = LinkedInVisibility(m_visibility->currentData().toInt());
    for (const PublishCandidate &candidate : m_candidates) {
        if (candidate.limits != PlatformLimits())
            options.accountLimits.insert(candidate.account.accountId, candidate.limits);
    }
    return options;
}

PublishPlan PublishDialog::plan() const
{
    return PublishPlan::make(m_posts, checkedAccounts(), options(), m_media);
}

void PublishDialog::update()
{
    m_updating = true;
    // Every account's verdict, checked or not, so the person sees where the draft fits.
    QList<SocialAccount> all;
    for (const PublishCandidate &candidate : std::as_const(m_candidates))
        all.append(candidate.account);
    const PublishPlan verdicts = PublishPlan::make(m_posts, all, options(), m_media);
    for (QTreeWidgetItem *item : accountItems()) {
        const PlannedTarget &target = verdicts.targets().at(item->data(0, CandidateRole).toInt());
        item->setText(1, target.allowed ? tr("Fits") : target.blockedReason);
        item->setToolTip(1, item->text(1));
        item->setForeground(1, target.allowed ? palette().color(QPalette::Text)
                                              : QColor(0xb0, 0x2a, 0x1f));
    }
    m_updating = false;

    m_xOptions->setEnabled(isChecked(Platform::Twitter));
    m_threadsOptions->setEnabled(isChecked(Platform::Threads));
    m_linkedInOptions->setEnabled(isChecked(Platform::LinkedIn));

    const PublishPlan current = plan();
    const int cost = current.cost();
    m_cost->setText(m_balance ? tr("Cost: %1 credits of your %2.").arg(cost).arg(*m_balance)
                              : tr("Cost: %1 credits (the balance is not known yet).").arg(cost));

    const QList<SocialAccount> checked = checkedAccounts();
    if (checked.isEmpty())
        m_blockedReason = tr("Check at least one account to publish to.");
    else if (socialSetId().isEmpty())
        m_blockedReason = tr("The checked accounts belong to more than one social set; a draft "
                             "goes out from one set at a time.");
    else if (isChecked(Platform::Twitter) && m_community->text().trimmed().isEmpty() &&
             (!m_communityName->text().trimmed().isEmpty() ||
              !m_communityDescription->text().trimmed().isEmpty()))
        m_blockedReason = tr("A community's name and description go with its ID: give the "
                             "community ID too, or clear them.");
    else if (isChecked(Platform::Twitter) && m_communityName->text().trimmed().isEmpty() &&
             !m_communityDescription->text().trimmed().isEmpty())
        m_blockedReason = tr("A community's description goes with its name: give the name too.");
    else if (!m_quote->text().trimmed().isEmpty() && options().quoteTweetId.isEmpty())
        m_blockedReason = tr("The post to quote is not a link to a post on X nor its number.");
    else if (current.isEmpty())
        m_blockedReason = tr("None of the checked accounts can take this draft; the reasons are "
                             "beside them.");
    else if (m_balance && !current.shortfall(*m_balance).isEmpty())
        m_blockedReason = current.shortfall(*m_balance);
    else
        m_blockedReason.clear();
    m_reason->setText(m_blockedReason);
    m_reason->setVisible(!m_blockedReason.isEmpty());
    m_publish->setEnabled(m_blockedReason.isEmpty());
    m_publish->setToolTip(m_blockedReason);
}

} // namespace CreatorDesk
