package com.microcredit.web.intake;

import com.microcredit.origination.api.BorrowerService;
import com.microcredit.origination.api.BorrowerView;
import com.microcredit.origination.api.RegisterIndividual;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Registers an individual or household by resident identity number (the service checks the format,
 * birth date and check digit and refuses a number already registered).
 */
@Named
@ViewScoped
public class IndividualIntake extends IntakeForm {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS =
            Set.of(
                    "name",
                    "residentIdNumber",
                    "regionCode",
                    "accountManagerId",
                    "address",
                    "householdSize",
                    "latitude",
                    "longitude",
                    "settlementAccount",
                    "mobile");

    @EJB private transient BorrowerService borrowers;

    private String residentIdNumber;
    private String address;
    private Integer householdSize = 1;

    @PostConstruct
    void init() {
        loadManagers();
    }

    @Override
    protected BorrowerService borrowers() {
        return borrowers;
    }

    @Override
    protected String form() {
        return "individual";
    }

    @Override
    protected Set<String> fields() {
        return FIELDS;
    }

    @Override
    protected boolean checkMore() {
        return required("residentIdNumber", residentIdNumber)
                & required("address", address)
                & required("householdSize", householdSize);
    }

    @Override
    protected BorrowerView submit() {
        return borrowers.registerIndividual(
                new RegisterIndividual(
                        name.strip(),
                        residentIdNumber.strip().toUpperCase(),
                        regionCode.strip(),
                        accountManagerId,
                        address.strip(),
                        householdSize,
                        latitude,
                        longitude,
                        trimmed(settlementAccount),
                        trimmed(mobile)));
    }

    public String getResidentIdNumber() {
        return residentIdNumber;
    }

    public void setResidentIdNumber(String residentIdNumber) {
        this.residentIdNumber = residentIdNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getHouseholdSize() {
        return householdSize;
    }

    public void setHouseholdSize(Integer householdSize) {
        this.householdSize = householdSize;
    }
}
