package org.accountkit.address.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;

class AddressBookProperties {

    enum Kind { ADD, ADD_AS_PRIMARY, CHANGE, DELETE, MAKE_PRIMARY }

    record Step(Kind kind, int target) {
    }

    @Property
    void whenever_addresses_exist_exactly_one_is_the_primary_delivery_address(@ForAll("steps") List<Step> steps) {
        AddressBook book = AddressBook.empty(new CustomerNumber("100234"));
        List<AddressId> ids = new ArrayList<>();

        for (Step step : steps) {
            AddressId target = ids.isEmpty() ? new AddressId(UUID.randomUUID()) : ids.get(step.target() % ids.size());
            switch (step.kind()) {
                case ADD, ADD_AS_PRIMARY -> {
                    AddressId id = new AddressId(UUID.randomUUID());
                    book.add(id, "Adres " + ids.size(), address(), step.kind() == Kind.ADD_AS_PRIMARY);
                    ids.add(id);
                    if (step.kind() == Kind.ADD_AS_PRIMARY || ids.size() == 1) {
                        assertThat(book.primary()).map(SavedAddress::id).contains(id);
                    }
                }
                case CHANGE -> book.change(target, "Gewijzigd", address());
                case DELETE -> {
                    if (book.delete(target).isPresent()) {
                        ids.remove(target);
                    }
                }
                case MAKE_PRIMARY -> {
                    if (book.makePrimary(target).isPresent()) {
                        assertThat(book.primary()).map(SavedAddress::id).contains(target);
                    }
                }
            }

            long primaries = book.addresses().stream().filter(SavedAddress::primary).count();
            assertThat(primaries).isEqualTo(book.addresses().isEmpty() ? 0 : 1);
            assertThat(book.addresses()).extracting(SavedAddress::id).containsExactlyElementsOf(ids);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 30))
                .as(Step::new).list().ofMaxSize(30);
    }

    private static PostalAddress address() {
        return new PostalAddress("Jansen", "Industrieweg", "12", "3542 AD", "Utrecht", Country.NL);
    }
}
