// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include <csignal>
#include <iostream>
#include <thread>

using CreatorDesk::Sandbox::SandboxOptions;
using CreatorDesk::Sandbox::SandboxServer;

namespace {

SandboxServer *runningServer = nullptr;

// httplib's stop() only flips a flag and shuts the listening socket, which is safe enough
// from a signal handler for a test tool.
void onSignal(int)
{
    if (runningServer)
        runningServer->stop();
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    const auto options = SandboxOptions::parse(argc, argv, error);
    if (!options) {
        std::cerr << error << '\n' << SandboxOptions::usage();
        return 2;
    }
    if (options->showHelp) {
        std::cout << SandboxOptions::usage();
        return 0;
    }
    std::signal(SIGPIPE, SIG_IGN);

    try {
        SandboxServer server(*options);
        if (server.bind() < 0) {
            std::cerr << "creatordesk-sandbox: cannot bind 127.0.0.1:" << options->port << '\n';
            return 1;
        }
        runningServer = &server;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        std::cout << server.baseUrl() << std::endl;

        if (options->exitOnStdinClose) {
            // Dies with the process that started it: its end of our stdin closes.
            std::thread([&server] {
                char buffer[256];
                while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
                }
                server.stop();
            }).detach();
        }
        server.serve();
        runningServer = nullptr;
        server.stop();
    } catch (const std::exception &e) {
        std::cerr << "creatordesk-sandbox: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
