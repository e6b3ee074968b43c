package com.microcredit.origination.infrastructure.demo;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
import com.microcredit.origination.domain.borrower.VisitAssessment;
import com.microcredit.origination.domain.scoring.DataSource;
import com.microcredit.platform.api.BankZone;
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a small demonstration book into an empty database when mcrc.demo-data.enabled is true (the
 * default on the embedded database, off on MySQL): two account managers, enterprise and household
 * borrowers, a hub with suppliers and distributors, a joint-liability group, and a loan book with
 * six months of replayed history (see {@link DemoBook}). Runs once: a database that already holds
 * borrowers is left alone.
 */
@Singleton
@Startup
@RunAs("SYSTEM") // start-up has no user: the demo book is written as the system identity (ADR 0014)
@DependsOn({
    "platform-ejb.jar#SchemaMigrator",
    "portfolio-ejb.jar#ProgrammeBootstrap",
    "ProductionSecretsGuard"
})
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject @BankZone private ZoneId bankZone;

    @Inject
    @ConfigProperty(name = "mcrc.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @EJB private BorrowerService borrowers;

    @EJB private GroupService groups;

    @EJB private HubService hubs;

    @Inject private DemoBook demoBook;

    @Inject private DemoEvidence evidence;

    @PostConstruct
    void load() {
        if (!enabled) {
            LOG.info("Demo data disabled (mcrc.demo-data.enabled=false)");
            return;
        }
        if (borrowers.countBorrowers() > 0) {
            LOG.info("Demo data not loaded: the database already holds borrowers");
            return;
        }
        AccountManagerView wang =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                "manager",
                                "王丽",
                                "HZ-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        AccountManagerView chen =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                "manager2",
                                "陈强",
                                "HZ-002",
                                new BigDecimal("30.245000"),
                                new BigDecimal("120.210000"),
                                new BigDecimal("50")));

        LocalDate today = LocalDate.now(bankZone);
        BorrowerView teaShop =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "杭州西湖龙坞茶叶商行",
                                "91330106MA2H123456",
                                "F52",
                                "330106",
                                wang.id(),
                                "周敏",
                                today.minusYears(11),
                                new BigDecimal("2400000.00"),
                                new BigDecimal("30.259000"),
                                new BigDecimal("120.148000"),
                                "6222020011110001",
                                "13857100001"));
        BorrowerView packaging =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "杭州富春包装材料有限公司",
                                "91330102MA2H56789F",
                                "C22",
                                "330102",
                                wang.id(),
                                "吴刚、孙丽华",
                                today.minusYears(8),
                                new BigDecimal("6800000.00"),
                                new BigDecimal("30.280000"),
                                new BigDecimal("120.170000"),
                                "6222020011110002",
                                "13957100002"));
        BorrowerView distributor =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "杭州滨江鑫达电器经销部",
                                "92330106MA2J00112P",
                                "F51",
                                "330106",
                                chen.id(),
                                "郑华",
                                today.minusYears(3),
                                new BigDecimal("1500000.00"),
                                new BigDecimal("30.208000"),
                                new BigDecimal("120.211000"),
                                "6222020011110003",
                                "15057100003"));
        BorrowerView parts =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "杭州余杭恒丰五金配件厂",
                                "91330108MA28NN2QTY",
                                "C33",
                                "330106",
                                chen.id(),
                                "钱进",
                                today.minusYears(2).minusMonths(3),
                                new BigDecimal("900000.00"),
                                null,
                                null,
                                null));

        String[][] households = {
            {"张建国", "330106198503120415", "6222020022220001", "13605710001"},
            {"李秀英", "33010619900721162X", "6222020022220002", "18857100002"},
            {"刘志强", "330102197801052537", "6222020022220003", null},
            {"赵桂兰", "330106198811303846", "6222020022220004", "17757100004"},
            {"孙海峰", "330106199206154752", "6222020022220005", null},
        };
        GroupView group = groups.formGroup("龙井村茶农联保小组", wang.id(), 5);
        List<Long> members = new ArrayList<>();
        for (String[] h : households) {
            BorrowerView member =
                    borrowers.registerIndividual(
                            new RegisterIndividual(
                                    h[0],
                                    h[1],
                                    "330106",
                                    wang.id(),
                                    "浙江省杭州市西湖区西湖街道龙井村"
                                            + (members.size() + 3)
                                            + "组"
                                            + (17 + 6 * members.size())
                                            + "号",
                                    4,
                                    new BigDecimal("30.226000"),
                                    new BigDecimal("120.120000"),
                                    h[2],
                                    h[3]));
            groups.admitMember(group.id(), member.id());
            members.add(member.id());
            evidence.balance(h[2], "3500.00");
            evidence.visit(
                    member.id(), 12, VisitAssessment.SATISFACTORY, "随联保小组走访茶园，春茶采摘正常，家庭经营稳定");
        }
        BorrowerView zhou =
                borrowers.registerIndividual(
                        new RegisterIndividual(
                                "周文杰",
                                "330106199409090410",
                                "330106",
                                wang.id(),
                                "浙江省杭州市西湖区文三路88号3幢2单元502室",
                                2,
                                null,
                                null,
                                null));

        HubView hub =
                hubs.onboardHub(
                        new OnboardHub(
                                "浙江华通家电集团有限公司",
                                "913301001435678904",
                                "C38",
                                new BigDecimal("50000000.00"),
                                "CNY"));
        hubs.addChainMember(
                new AddChainMember(hub.id(), packaging.id(), "SUPPLIER", today.minusMonths(30)));
        hubs.addChainMember(
                new AddChainMember(hub.id(), parts.id(), "SUPPLIER", today.minusMonths(4)));
        hubs.addChainMember(
                new AddChainMember(
                        hub.id(), distributor.id(), "DISTRIBUTOR", today.minusMonths(18)));
        demoBook.load(
                List.of(teaShop.id(), packaging.id(), distributor.id(), parts.id()),
                List.of("F52", "C22", "F51", "C33"),
                wang.id(),
                hub.id(),
                group.id(),
                members,
                today);

        // Tea shop: relationship + big data + credit report -> a tax-record loan is approved.
        evidence.visit(teaShop.id(), 10, VisitAssessment.STRONG, "门店客流旺盛，库存约一个月周转一次");
        evidence.consentToAll(teaShop.id(), "AUTH-2026-0001");
        evidence.taxHistory(teaShop.id(), 30, 0);
        evidence.monthly(teaShop.id(), DataSource.ELECTRICITY, "KWH", 24, "5200", 0.003);
        evidence.monthly(teaShop.id(), DataSource.SOCIAL_SECURITY, "CONTRIBUTION", 24, "6400", 0.0);
        evidence.monthly(teaShop.id(), DataSource.HOUSING_FUND, "CONTRIBUTION", 24, "2100", 0.0);
        evidence.monthly(teaShop.id(), DataSource.E_COMMERCE, "RATING", 18, "4.8", 0.0);
        evidence.creditReport(teaShop.id(), 72, 1, 0, 0);
        evidence.flows("6222020011110001", "36000.00", "180000.00");
        // Packaging supplier: 30 months of confirmed trade with the hub -> supply-chain receivables
        // loan.
        evidence.trade(hub.id(), packaging.id(), 30, "150000.00");
        evidence.visit(packaging.id(), 20, VisitAssessment.SATISFACTORY, "工厂两班倒生产，订单饱满");
        // 鑫达 distributor (Binjiang): thinner, declining data and a court judgment -> the score is
        // in the
        // grey zone (referral).
        evidence.consentToAll(distributor.id(), "AUTH-2026-0003");
        evidence.taxHistory(distributor.id(), 14, 6);
        evidence.monthly(distributor.id(), DataSource.ELECTRICITY, "KWH", 14, "3100", 0.03);
        evidence.courtJudgment(distributor.id(), 7);
        evidence.creditReport(distributor.id(), 30, 1, 0, 15);
        evidence.trade(hub.id(), distributor.id(), 18, "60000.00");
        // 恒丰 parts (Yuhang): four months with the hub, no consent, no location, no visit -> no
        // information, no loan.
        evidence.trade(hub.id(), parts.id(), 4, "40000.00");
        // 周文杰: outside any group, no data -> only the blind-lending path (simplified micro
        // loan).
        LOG.info(
                () ->
                        "Demo data loaded: "
                                + borrowers.countBorrowers()
                                + " borrowers, tea shop "
                                + teaShop.id()
                                + ", hub "
                                + hub.id()
                                + ", blind-lending applicant "
                                + zhou.id());
    }
}
