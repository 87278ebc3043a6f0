package org.accountkit.inmemory;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.shared.EmailAddress;
import org.accountkit.spi.FailedLogins;
import org.accountkit.spi.LoginAttempts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Failed logins per normalized address, counted atomically. */
@SecondaryAdapter
final class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<String, FailedLogins> failures = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    InMemoryLoginAttempts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<FailedLogins> find(EmailAddress address) {
        return Optional.ofNullable(failures.get(address.normalized()));
    }

    @Override
    public void failed(EmailAddress address, Instant at, Instant countSince) {
        String addressKey = address.normalized();
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(countSince, "countSince");
        FailedLogins[] before = new FailedLogins[1];
        transactions.write(() -> failures.compute(addressKey, (key, counted) -> {
            before[0] = counted;
            return counted == null || counted.latest().isBefore(countSince) ? new FailedLogins(1, at)
                    : new FailedLogins(counted.failures() + 1, at);
        }), () -> restore(addressKey, before[0]));
    }

    @Override
    public void clear(EmailAddress address) {
        String addressKey = address.normalized();
        FailedLogins[] before = new FailedLogins[1];
        transactions.write(() -> before[0] = failures.remove(addressKey), () -> restore(addressKey, before[0]));
    }

    private void restore(String addressKey, FailedLogins counted) {
        if (counted == null) {
            failures.remove(addressKey);
        } else {
            failures.put(addressKey, counted);
        }
    }
}
