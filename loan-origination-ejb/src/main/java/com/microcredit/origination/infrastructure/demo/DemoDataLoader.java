package com.microcredit.origination.infrastructure.demo;

import com.microcredit.origination.api.AccountManagerView;
import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.GroupService;
import com.microcredit.origination.api.GroupView;
import com.microcredit.origination.api.RegisterAccountManager;
import com.microcredit.origination.api.RegisterEnterprise;
import com.microcredit.origination.api.RegisterIndividual;
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
 * Loads a small demonstration book into an empty database when mcrc.demo-data.enabled is true
 * (the default on the embedded database, off on MySQL): two account managers, enterprise and
 * household borrowers, a hub with suppliers and distributors, a joint-liability group, and a loan
 * book with six months of replayed history (see {@link DemoBook}).
 * Runs once: a database that already holds borrowers is left alone.
 */
@Singleton
@Startup
@DependsOn({"portfolio-ejb.jar#SchemaMigrator", "portfolio-ejb.jar#ProgrammeBootstrap"})
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "mcrc.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @EJB
    private BorrowerService borrowers;

    @EJB
    private GroupService groups;

    @EJB
    private HubService hubs;

    @Inject
    private DemoBook demoBook;

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
        AccountManagerView wang = borrowers.registerAccountManager(new RegisterAccountManager("manager", "王丽 Wang Li",
                "HZ-001", new BigDecimal("30.274084"), new BigDecimal("120.155070"), new BigDecimal("50")));
        AccountManagerView chen = borrowers.registerAccountManager(new RegisterAccountManager("manager2",
                "陈强 Chen Qiang", "HZ-002", new BigDecimal("30.245000"), new BigDecimal("120.210000"), new BigDecimal("50")));

        BorrowerView teaShop = borrowers.registerEnterprise(new RegisterEnterprise("西湖茶叶商行 West Lake Tea Trading",
                "91330106MA2H123456", "F52", "330106", wang.id()));
        BorrowerView packaging = borrowers.registerEnterprise(new RegisterEnterprise("杭州包装材料厂 Hangzhou Packaging",
                "91330102MA2H56789F", "C22", "330102", wang.id()));
        BorrowerView distributor = borrowers.registerEnterprise(new RegisterEnterprise("滨江电器经销部 Binjiang Appliances",
                "92330106MA2J00112P", "F51", "330106", chen.id()));
        BorrowerView parts = borrowers.registerEnterprise(new RegisterEnterprise("余杭五金配件厂 Yuhang Hardware Parts",
                "91330108MA28NN2QTY", "C33", "330106", chen.id()));

        String[][] households = {
                {"张伟 Zhang Wei", "330106198503120415"},
                {"李娜 Li Na", "33010619900721162X"},
                {"刘洋 Liu Yang", "330102197801052537"},
                {"赵敏 Zhao Min", "330106198811303846"},
                {"孙磊 Sun Lei", "330106199206154752"},
        };
        GroupView group = groups.formGroup("龙井村互助组 Longjing Village Group", wang.id(), 5);
        List<Long> members = new ArrayList<>();
        for (String[] h : households) {
            BorrowerView member = borrowers.registerIndividual(new RegisterIndividual(h[0], h[1], "330106", wang.id()));
            groups.admitMember(group.id(), member.id());
            members.add(member.id());
        }

        HubView hub = hubs.onboardHub(new OnboardHub("浙江家电集团 Zhejiang Home Appliance Group",
                "913301001435678904", "C38", new BigDecimal("50000000.00"), "CNY"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        hubs.addChainMember(new AddChainMember(hub.id(), packaging.id(), "SUPPLIER", today.minusMonths(30)));
        hubs.addChainMember(new AddChainMember(hub.id(), parts.id(), "SUPPLIER", today.minusMonths(4)));
        hubs.addChainMember(new AddChainMember(hub.id(), distributor.id(), "DISTRIBUTOR", today.minusMonths(18)));
        demoBook.load(List.of(teaShop.id(), packaging.id(), distributor.id(), parts.id()),
                List.of("F52", "C22", "F51", "C33"), wang.id(), hub.id(), group.id(), members, today);
        LOG.info(() -> "Demo data loaded: " + borrowers.countBorrowers() + " borrowers, tea shop " + teaShop.id()
                + ", hub " + hub.id());
    }
}
