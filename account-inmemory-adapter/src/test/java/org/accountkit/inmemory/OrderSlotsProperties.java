package org.accountkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The slot table against a plain list: adding, finding, undoing the latest adds, across table growth, with ids in
 * ascending order (the run), in random order (stragglers) and mixed.
 */
class OrderSlotsProperties {

    /**
     * One step: add an id (a new one, or one added before), or undo the latest add. With {@code ascending}, the id is
     * the next of a time-ordered sequence instead of (most, least).
     */
    record Step(boolean undo, boolean ascending, int pick, long most, long least) {
    }

    @Property(tries = 60)
    void slots_find_exactly_what_was_added_and_not_undone(@ForAll("steps") List<Step> steps) {
        OrderSlots slots = new OrderSlots();
        List<UUID> model = new ArrayList<>();
        List<UUID> tried = new ArrayList<>();
        long sequence = 0;
        for (Step step : steps) {
            if (step.undo() && !model.isEmpty()) {
                slots.removeLast();
                model.remove(model.size() - 1);
            } else if (!model.isEmpty() && step.pick() % 5 == 0) {
                UUID again = model.get(step.pick() % model.size());
                assertThat(slots.addIfAbsent(again, 1)).isEqualTo(-1);
            } else {
                UUID id = step.ascending() ? timeOrdered(sequence++, step.least())
                        : new UUID(step.most(), step.least());
                tried.add(id);
                int slot = slots.addIfAbsent(id, 100L + model.size());
                if (model.contains(id)) {
                    assertThat(slot).isEqualTo(-1);
                } else {
                    assertThat(slot).isEqualTo(model.size());
                    model.add(id);
                }
            }
        }
        assertThat(slots.count()).isEqualTo(model.size());
        for (int slot = 0; slot < model.size(); slot++) {
            assertThat(slots.find(model.get(slot))).isEqualTo(slot);
            assertThat(slots.id(slot)).isEqualTo(model.get(slot));
            assertThat(slots.address(slot)).isEqualTo(100L + slot);
        }
        for (UUID id : tried) {
            assertThat(slots.find(id)).isEqualTo(model.indexOf(id));
        }
    }

    /**
     * Forty thousand time-ordered ids (past the run's first chunk of 16,384 and many samples), every tenth overtaken
     * by the one after it, as a thread is by another between drawing its id and storing its order.
     */
    @Example
    void time_ordered_ids_some_overtaken_are_each_found_once_and_refused_twice() {
        OrderSlots slots = new OrderSlots();
        List<UUID> added = new ArrayList<>();
        for (long index = 0; index < 40_000; index += 10) {
            for (long offset : new long[] {0, 1, 2, 3, 4, 5, 6, 7, 9, 8}) {
                UUID id = timeOrdered(index + offset, index * 31 + offset);
                assertThat(slots.addIfAbsent(id, added.size())).isEqualTo(added.size());
                added.add(id);
            }
        }
        for (int slot = 0; slot < added.size(); slot++) {
            assertThat(slots.find(added.get(slot))).isEqualTo(slot);
            assertThat(slots.addIfAbsent(added.get(slot), 0)).isEqualTo(-1);
        }
        assertThat(slots.find(timeOrdered(40_000, 0))).isEqualTo(-1);
        assertThat(slots.find(timeOrdered(5, 0))).isEqualTo(-1);
        assertThat(slots.find(new UUID(0, 0))).isEqualTo(-1);

        // undo back across the run's chunk boundary and a straggler: what is left is found, what is undone is not
        for (int undo = 0; undo < 40_000 - 16_000; undo++) {
            slots.removeLast();
        }
        assertThat(slots.count()).isEqualTo(16_000);
        for (int slot = 0; slot < added.size(); slot += 7) {
            assertThat(slots.find(added.get(slot))).isEqualTo(slot < 16_000 ? slot : -1);
        }
        // an id that was undone (once a straggler) can come again, now after the greatest
        UUID undone = added.get(16_000 + 9);
        assertThat(slots.addIfAbsent(undone, 0)).isEqualTo(16_000);
        assertThat(slots.addIfAbsent(added.get(15_999), 0)).isEqualTo(-1);
    }

    /** The {@code sequence}th of a run of version 7 ids, all drawn in one millisecond. */
    static UUID timeOrdered(long sequence, long random) {
        return new UUID((0x0193_0000_0000L << 16) + 0x7000L + sequence, 0x8000_0000_0000_0000L | (random >>> 2));
    }

    @Example
    void undoing_the_add_that_grew_the_table_keeps_every_other_id_findable() {
        OrderSlots slots = new OrderSlots();
        // the greatest id first, so that every id after it is a straggler and goes to the hash table
        slots.addIfAbsent(new UUID(-1, -1), 0);
        // the first straggler sits in the last place of the first table (1024 places), the 513th wraps around to
        // place 0; growing puts that one first, in the last place of the new table, so the first one wraps behind it
        UUID first = idHashingTo(-1, 1);
        slots.addIfAbsent(first, 0);
        for (int index = 0; index < 511; index++) {
            slots.addIfAbsent(idHashingTo(100 + index, index), 0);
        }
        UUID growing = idHashingTo(-1, 2);
        assertThat(slots.addIfAbsent(growing, 0)).isEqualTo(513);

        slots.removeLast();

        assertThat(slots.find(first)).isEqualTo(1);
        assertThat(slots.find(growing)).isEqualTo(-1);
        assertThat(slots.count()).isEqualTo(513);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        // hashes from a handful of values at both ends of the table: long probe sequences that wrap around its
        // end, which is where growing and undoing can go wrong
        Arbitrary<Integer> hashes = Arbitraries.of(-1, -2, -3, 0, 1, 2, 0x7FFF_FFFF);
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000), hashes, Arbitraries.longs())
                .as((kind, pick, hash, salt) -> {
                    UUID id = idHashingTo(kind < 4 ? hash : salt.intValue(), salt);
                    return new Step(kind == 0, kind >= 7, pick, id.getMostSignificantBits(),
                            id.getLeastSignificantBits());
                });
        return step.list().ofMinSize(1).ofMaxSize(3000);
    }

    /** An id whose hash in {@link OrderSlots} is {@code hash}: the hash multiplies by an odd constant, so invert it. */
    static UUID idHashingTo(int hash, long salt) {
        long constant = 0x9E37_79B9_7F4A_7C15L;
        long inverse = constant;
        for (int round = 0; round < 6; round++) {
            inverse *= 2 - constant * inverse;
        }
        long mixed = ((long) hash << 32) | (salt & 0xFFFF_FFFFL);
        long least = salt;
        return new UUID((mixed * inverse) ^ least, least);
    }
}
