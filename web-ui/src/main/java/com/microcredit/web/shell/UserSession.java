package com.microcredit.web.shell;

import com.microcredit.protection.api.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Who is logged in, which roles they hold, and logout. */
@Named
@RequestScoped
public class UserSession {

    @EJB private StaffAccess access;

    public static final List<String> ROLES =
            List.of(
                    "BRANCH_STAFF",
                    "ACCOUNT_MANAGER",
                    "CREDIT_OFFICER",
                    "RISK_MANAGER",
                    "AUDITOR",
                    "ADMIN");

    public String getUserName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public List<String> getRoles() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ROLES.stream().filter(ec::isUserInRole).toList();
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** Signs out (audited), ends the session. */
    public String logout() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String user = getUserName();
        ((HttpServletRequest) ec.getRequest()).logout();
        if (!user.isEmpty()) {
            access.loggedOut(user);
        }
        ec.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
