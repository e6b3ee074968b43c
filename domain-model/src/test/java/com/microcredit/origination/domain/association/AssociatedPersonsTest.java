package com.microcredit.origination.domain.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.domain.borrower.BorrowerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssociatedPersonsTest {

    private static final String WANG = "110101199003071234";
    private static final String LI = "11010119850512432X";

    private static AssociatedPerson source(Relation r, String name, String id, String phone) {
        return new AssociatedPerson(r, name, id, phone, null, "table");
    }

    @Test
    void aRelationThatCannotApplyToTheBorrowersKindIsLeftOut() {
        List<AssociatedPerson> enterprise =
                AssociatedPersons.combine(
                        1L,
                        BorrowerKind.ENTERPRISE,
                        null,
                        List.of(
                                source(Relation.SPOUSE, "Wang Fang", WANG, null),
                                source(Relation.LEGAL_REPRESENTATIVE, "Li Wei", LI, null)),
                        List.of());
        assertEquals(
                List.of(Relation.LEGAL_REPRESENTATIVE),
                enterprise.stream().map(AssociatedPerson::relation).toList());

        List<AssociatedPerson> individual =
                AssociatedPersons.combine(
                        1L,
                        BorrowerKind.INDIVIDUAL,
                        null,
                        List.of(
                                source(Relation.SPOUSE, "Wang Fang", WANG, null),
                                source(Relation.SHAREHOLDER, "Li Wei", LI, null)),
                        List.of());
        assertEquals(
                List.of(Relation.SPOUSE),
                individual.stream().map(AssociatedPerson::relation).toList());
    }

    @Test
    void guarantorsAndGroupMembersApplyToBothKinds() {
        for (BorrowerKind kind : BorrowerKind.values()) {
            assertTrue(Relation.GUARANTOR.appliesTo(kind));
            assertTrue(Relation.GROUP_MEMBER.appliesTo(kind));
        }
    }

    @Test
    void theBorrowerIsNeverItsOwnAssociate() {
        List<AssociatedPerson> list =
                AssociatedPersons.combine(
                        7L,
                        BorrowerKind.INDIVIDUAL,
                        WANG.toLowerCase(),
                        List.of(source(Relation.GUARANTOR, "Wang (self)", WANG, null)),
                        List.of(
                                new AssociatedPerson(
                                        Relation.GROUP_MEMBER,
                                        "Self in group",
                                        null,
                                        null,
                                        7L,
                                        "BANK"),
                                new AssociatedPerson(
                                        Relation.GROUP_MEMBER,
                                        "Zhao Min",
                                        null,
                                        null,
                                        8L,
                                        "BANK")));
        assertEquals(List.of("Zhao Min"), list.stream().map(AssociatedPerson::name).toList());
    }

    @Test
    void theSamePersonInTheSameRelationAppearsOnceKeepingWhatEitherRowKnows() {
        List<AssociatedPerson> list =
                AssociatedPersons.combine(
                        1L,
                        BorrowerKind.INDIVIDUAL,
                        null,
                        List.of(source(Relation.GROUP_MEMBER, "Zhao Min", WANG, "13812345678")),
                        List.of(
                                new AssociatedPerson(
                                        Relation.GROUP_MEMBER,
                                        "Zhao Min",
                                        WANG,
                                        null,
                                        8L,
                                        "BANK")));
        assertEquals(1, list.size());
        assertEquals("13812345678", list.get(0).phone());
        assertEquals(Long.valueOf(8L), list.get(0).borrowerId());
    }

    @Test
    void theSamePersonInTwoRelationsAppearsTwiceInRelationOrder() {
        List<AssociatedPerson> list =
                AssociatedPersons.combine(
                        1L,
                        BorrowerKind.ENTERPRISE,
                        null,
                        List.of(
                                source(Relation.SHAREHOLDER, "Li Wei", LI, null),
                                source(Relation.GUARANTOR, "Zhou Jie", null, null),
                                source(Relation.LEGAL_REPRESENTATIVE, "Li Wei", LI, null)),
                        List.of());
        assertEquals(
                List.of(Relation.LEGAL_REPRESENTATIVE, Relation.GUARANTOR, Relation.SHAREHOLDER),
                list.stream().map(AssociatedPerson::relation).toList());
    }

    @Test
    void identityAndPhoneAreMaskedForDisplayAndNeverInToString() {
        AssociatedPerson p = source(Relation.GUARANTOR, "Li Wei", LI, "13812345678");
        assertEquals("11**************2X", p.maskedIdentityNumber());
        assertEquals("138****5678", p.maskedPhone());
        assertFalse(p.toString().contains("13812345678"));
        assertFalse(p.toString().contains(LI));
        AssociatedPerson unknown = source(Relation.GUARANTOR, "Zhou Jie", " ", null);
        assertNull(unknown.maskedIdentityNumber());
        assertNull(unknown.maskedPhone());
    }

    @Test
    void aPersonWithoutANameIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> source(Relation.GUARANTOR, " ", LI, null));
    }
}
