package com.microcredit.portfolio.application;

import com.microcredit.portfolio.api.DefineLimit;
import com.microcredit.portfolio.api.LimitRefusedException;
import com.microcredit.portfolio.api.LimitService;
import com.microcredit.portfolio.api.LimitType;
import com.microcredit.portfolio.api.LimitView;
import com.microcredit.portfolio.api.ReserveExposure;
import com.microcredit.portfolio.domain.limit.ExposureLimit;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.portfolio.domain.limit.LimitExceededException;
import com.microcredit.shared.domain.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

@Stateless
@PermitAll
public class LimitServiceBean implements LimitService {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Override
    public LimitView defineLimit(DefineLimit command) {
        if (find(command.type(), command.key()).isPresent()) {
            throw new LimitRefusedException("A " + command.type() + " limit for " + command.key() + " already exists");
        }
        ExposureLimit limit = new ExposureLimit(dimension(command.type()), command.key(),
                Money.of(command.amount(), Currency.getInstance(command.currency())));
        em.persist(limit);
        em.flush();
        return view(limit);
    }

    @Override
    public LimitView reserve(ReserveExposure command) {
        // The row lock makes concurrent reservations, on any server sharing the database, queue
        // behind each other, so the domain check below sees the committed utilisation.
        ExposureLimit limit = em.createQuery(
                        "select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k", ExposureLimit.class)
                .setParameter("d", dimension(command.type()))
                .setParameter("k", command.key())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new LimitRefusedException("No " + command.type() + " limit for " + command.key()));
        try {
            limit.reserve(Money.of(command.amount(), Currency.getInstance(command.currency())));
        } catch (LimitExceededException | IllegalArgumentException e) {
            throw new LimitRefusedException(e.getMessage());
        }
        return view(limit);
    }

    @Override
    public Optional<LimitView> find(LimitType type, String key) {
        return em.createQuery("select l from ExposureLimit l where l.dimension = :d and l.limitKey = :k",
                        ExposureLimit.class)
                .setParameter("d", dimension(type))
                .setParameter("k", key)
                .getResultStream().findFirst().map(LimitServiceBean::view);
    }

    @Override
    public List<LimitView> list(LimitType type) {
        return em.createQuery("select l from ExposureLimit l where l.dimension = :d order by l.limitKey",
                        ExposureLimit.class)
                .setParameter("d", dimension(type))
                .getResultList().stream().map(LimitServiceBean::view).toList();
    }

    private static LimitDimension dimension(LimitType type) {
        return LimitDimension.valueOf(type.name());
    }

    private static LimitView view(ExposureLimit l) {
        return new LimitView(l.getId(), LimitType.valueOf(l.getDimension().name()), l.getLimitKey(),
                l.limit().currency().getCurrencyCode(), l.limit().amount(), l.utilised().amount());
    }
}
