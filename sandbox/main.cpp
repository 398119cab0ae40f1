// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

using CreatorDesk::Sandbox::SandboxOptions;
using CreatorDesk::Sandbox::SandboxServer;

namespace {

// A signal handler may only set a flag; a watcher thread does the stopping, which takes locks.
volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
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
#ifdef SIGPIPE
    // A client that hangs up mid-answer must not end the server (Windows has no SIGPIPE).
    std::signal(SIGPIPE, SIG_IGN);
#endif

    try {
        SandboxServer server(*options);
        if (server.bind() < 0) {
            std::cerr << "creatordesk-sandbox: cannot bind 127.0.0.1:" << options->port << '\n';
            return 1;
        }
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        std::thread([&server] {
            while (!stopRequested)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            server.stop();
        }).detach();
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
        // Whoever ended serve() (the watcher or the stdin thread) is stopping the server on
        // its own thread; a second stop() here would join the scheduler twice. The detached
        // threads still refer to the server, so end here rather than destroy it under them.
        std::cout.flush();
        std::cerr.flush();
        std::_Exit(0);
    } catch (const std::exception &e) {
        std::cerr << "creatordesk-sandbox: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
