package org.accountkit.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void is_the_sha_256_of_the_text_in_hex() {
        assertThat(Fingerprint.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Fingerprint.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void threads_taking_fingerprints_at_once_do_not_disturb_each_other() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 4_000)
                    .mapToObj(index -> threads.submit(() -> Fingerprint.of("text " + index)
                            .equals(Fingerprint.of("text " + index)) && !Fingerprint.of("text " + index)
                                    .equals(Fingerprint.of("text " + (index + 1)))))
                    .toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
