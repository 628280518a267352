#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace Colloquy::Benchmarks {

/// Runs `f` `runs` times; the median wall time of one run, in milliseconds.
/// The median, not the mean, so that one run slowed by the machine does not move it.
template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace Colloquy::Benchmarks
