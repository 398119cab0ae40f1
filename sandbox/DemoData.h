// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keys and accounts of the built-in data set (identical to seed/demo.json). The app's demo mode
// and the tests use these; they are test keys and grant nothing outside the sandbox.
namespace CreatorDesk::Sandbox::DemoData {

inline constexpr const char *xaiDemoEmail = "demo@creatordesk.test";
inline constexpr const char *xaiDemoPassword = "demo-password";
inline constexpr const char *xaiDemoKey = "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b";
inline constexpr const char *xaiEmptyEmail = "empty@creatordesk.test";
inline constexpr const char *xaiEmptyPassword = "empty-password";
inline constexpr const char *xaiEmptyKey = "sk-empty-0000000000000000000000000000000";

inline constexpr const char *personalSetId = "set-personal";
inline constexpr const char *brandSetId = "set-brand";
inline constexpr const char *personalTwitterId = "acc-personal-twitter";
inline constexpr const char *personalBlueskyId = "acc-personal-bluesky";
inline constexpr const char *personalMastodonId = "acc-personal-mastodon";
inline constexpr const char *personalThreadsId = "acc-personal-threads";
inline constexpr const char *personalLinkedinId = "acc-personal-linkedin";
inline constexpr const char *brandTwitterId = "acc-brand-twitter";
inline constexpr const char *brandLinkedinId = "acc-brand-linkedin";
inline constexpr const char *brandExpiredTwitterId = "acc-brand-twitter-expired";
inline constexpr const char *welcomeDraftId = "draft-welcome";

inline constexpr const char *xquikKey =
    "xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
inline constexpr const char *xquikSessionToken = "xquik-demo-session-token";

inline constexpr const char *oquiTestKey = "ckiq_test_demo0000000000000000000000";
inline constexpr const char *oquiLiveKey = "ckiq_live_demo0000000000000000000000";

inline constexpr const char *exampleTestKey = "sk_test_demo0000000000000000";
inline constexpr const char *exampleLiveKey = "sk_live_demo0000000000000000";

} // namespace CreatorDesk::Sandbox::DemoData
