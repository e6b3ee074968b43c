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
import com.microcredit.supplychain.api.AddChainMember;
import com.microcredit.supplychain.api.HubService;
import com.microcredit.supplychain.api.HubView;
import com.microcredit.supplychain.api.OnboardHub;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
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
@DependsOn({
    "portfolio-ejb.jar#SchemaMigrator",
    "portfolio-ejb.jar#ProgrammeBootstrap",
    "ProductionSecretsGuard"
})
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

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
                                "王丽 Wang Li",
                                "HZ-001",
                                new BigDecimal("30.274084"),
                                new BigDecimal("120.155070"),
                                new BigDecimal("50")));
        AccountManagerView chen =
                borrowers.registerAccountManager(
                        new RegisterAccountManager(
                                "manager2",
                                "陈强 Chen Qiang",
                                "HZ-002",
                                new BigDecimal("30.245000"),
                                new BigDecimal("120.210000"),
                                new BigDecimal("50")));

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        BorrowerView teaShop =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "西湖茶叶商行 West Lake Tea Trading",
                                "91330106MA2H123456",
                                "F52",
                                "330106",
                                wang.id(),
                                "周敏 Zhou Min",
                                today.minusYears(11),
                                new BigDecimal("2400000.00"),
                                new BigDecimal("30.259000"),
                                new BigDecimal("120.148000"),
                                "6222020011110001",
                                "13857100001"));
        BorrowerView packaging =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "杭州包装材料厂 Hangzhou Packaging",
                                "91330102MA2H56789F",
                                "C22",
                                "330102",
                                wang.id(),
                                "吴刚 Wu Gang",
                                today.minusYears(8),
                                new BigDecimal("6800000.00"),
                                new BigDecimal("30.280000"),
                                new BigDecimal("120.170000"),
                                "6222020011110002",
                                "13957100002"));
        BorrowerView distributor =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "滨江电器经销部 Binjiang Appliances",
                                "92330106MA2J00112P",
                                "F51",
                                "330106",
                                chen.id(),
                                "郑华 Zheng Hua",
                                today.minusYears(3),
                                new BigDecimal("1500000.00"),
                                new BigDecimal("30.208000"),
                                new BigDecimal("120.211000"),
                                "6222020011110003",
                                "15057100003"));
        BorrowerView parts =
                borrowers.registerEnterprise(
                        new RegisterEnterprise(
                                "余杭五金配件厂 Yuhang Hardware Parts",
                                "91330108MA28NN2QTY",
                                "C33",
                                "330106",
                                chen.id(),
                                "钱进 Qian Jin",
                                today.minusYears(2).minusMonths(3),
                                new BigDecimal("900000.00"),
                                null,
                                null,
                                null));

        String[][] households = {
            {"张伟 Zhang Wei", "330106198503120415", "6222020022220001", "13605710001"},
            {"李娜 Li Na", "33010619900721162X", "6222020022220002", "18857100002"},
            {"刘洋 Liu Yang", "330102197801052537", "6222020022220003", null},
            {"赵敏 Zhao Min", "330106198811303846", "6222020022220004", "17757100004"},
            {"孙磊 Sun Lei", "330106199206154752", "6222020022220005", null},
        };
        GroupView group = groups.formGroup("龙井村互助组 Longjing Village Group", wang.id(), 5);
        List<Long> members = new ArrayList<>();
        for (String[] h : households) {
            BorrowerView member =
                    borrowers.registerIndividual(
                            new RegisterIndividual(
                                    h[0],
                                    h[1],
                                    "330106",
                                    wang.id(),
                                    "杭州市西湖区龙井村" + (members.size() + 1) + "号",
                                    4,
                                    new BigDecimal("30.226000"),
                                    new BigDecimal("120.120000"),
                                    h[2],
                                    h[3]));
            groups.admitMember(group.id(), member.id());
            members.add(member.id());
            evidence.balance(h[2], "3500.00");
            evidence.visit(
                    member.id(),
                    12,
                    VisitAssessment.SATISFACTORY,
                    "Tea garden visit with the group");
        }
        BorrowerView zhou =
                borrowers.registerIndividual(
                        new RegisterIndividual(
                                "周杰 Zhou Jie",
                                "330106199409090410",
                                "330106",
                                wang.id(),
                                "杭州市西湖区文三路88号",
                                2,
                                null,
                                null,
                                null));

        HubView hub =
                hubs.onboardHub(
                        new OnboardHub(
                                "浙江家电集团 Zhejiang Home Appliance Group",
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
        evidence.visit(teaShop.id(), 10, VisitAssessment.STRONG, "Shop busy; stock turns monthly");
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
        evidence.visit(
                packaging.id(), 20, VisitAssessment.SATISFACTORY, "Plant running two shifts");
        // Binjiang distributor: thinner, declining data and a court judgment -> the score is in the
        // grey zone (referral).
        evidence.consentToAll(distributor.id(), "AUTH-2026-0003");
        evidence.taxHistory(distributor.id(), 14, 6);
        evidence.monthly(distributor.id(), DataSource.ELECTRICITY, "KWH", 14, "3100", 0.03);
        evidence.courtJudgment(distributor.id(), 7);
        evidence.creditReport(distributor.id(), 30, 1, 0, 15);
        evidence.trade(hub.id(), distributor.id(), 18, "60000.00");
        // Yuhang parts: four months with the hub, no consent, no location, no visit -> no
        // information, no loan.
        evidence.trade(hub.id(), parts.id(), 4, "40000.00");
        // Zhou Jie: outside any group, no data -> only the blind-lending path (simplified micro
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
