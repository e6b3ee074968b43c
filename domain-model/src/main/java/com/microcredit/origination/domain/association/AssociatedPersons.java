package com.microcredit.origination.domain.association;

import com.microcredit.origination.domain.borrower.BorrowerKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines what a registry source says about a borrower's connected persons with the bank's own
 * records (joint-liability group members) into the one list a collector works. Rules: a relation
 * that cannot apply to the borrower's kind (a "spouse" of an enterprise) is a mismatch at the
 * source and is left out; the borrower never appears as its own associate; the same person in the
 * same relation appears once (the row that knows a phone wins, then the bank's own row); the list
 * is in {@link Relation} order, then by name.
 */
public final class AssociatedPersons {

    private AssociatedPersons() {}

    public static List<AssociatedPerson> combine(
            long borrowerId,
            BorrowerKind kind,
            String borrowerIdentity,
            List<AssociatedPerson> fromSource,
            List<AssociatedPerson> fromBank) {
        String self =
                borrowerIdentity == null
                        ? null
                        : borrowerIdentity.strip().toUpperCase(java.util.Locale.ROOT);
        Map<String, AssociatedPerson> byKey = new LinkedHashMap<>();
        List<AssociatedPerson> all = new ArrayList<>(fromBank);
        all.addAll(fromSource);
        for (AssociatedPerson p : all) {
            if (!p.relation().appliesTo(kind)
                    || Long.valueOf(borrowerId).equals(p.borrowerId())
                    || (self != null && p.personKey().equals("ID:" + self))) {
                continue;
            }
            byKey.merge(p.relation() + "|" + p.personKey(), p, AssociatedPersons::better);
        }
        List<AssociatedPerson> list = new ArrayList<>(byKey.values());
        list.sort(
                Comparator.comparing(AssociatedPerson::relation)
                        .thenComparing(AssociatedPerson::name));
        return List.copyOf(list);
    }

    private static AssociatedPerson better(AssociatedPerson kept, AssociatedPerson other) {
        AssociatedPerson preferred = kept.phone() == null && other.phone() != null ? other : kept;
        AssociatedPerson second = preferred == kept ? other : kept;
        // Whatever one row knows and the other does not is kept: the bank's borrower id, a phone,
        // an identity.
        return new AssociatedPerson(
                preferred.relation(),
                preferred.name(),
                preferred.identityNumber() != null
                        ? preferred.identityNumber()
                        : second.identityNumber(),
                preferred.phone() != null ? preferred.phone() : second.phone(),
                preferred.borrowerId() != null ? preferred.borrowerId() : second.borrowerId(),
                preferred.origin());
    }
}
