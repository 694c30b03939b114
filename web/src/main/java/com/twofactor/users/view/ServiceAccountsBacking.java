package com.twofactor.users.view;

import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.PagedRows;
import com.twofactor.users.boundary.NewServiceAccount;
import com.twofactor.users.boundary.ServiceAccountDetails;
import com.twofactor.users.boundary.ServiceAccounts;
import com.twofactor.users.entity.ServiceKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * The service accounts of replication and redirector connections, and the dialog creating one.
 * Admins and read-only admins see the list; only admins create.
 */
@Named
@ViewScoped
public class ServiceAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServiceAccounts serviceAccounts;
  @Inject Messages messages;

  private PagedRows<ServiceAccountDetails> rows;
  private String loginName;
  private ServiceKind kind = ServiceKind.REPLICATION;
  private String password;
  private String description;

  @PostConstruct
  void init() {
    rows =
        new PagedRows<>(
            (filters, page) -> serviceAccounts.list(page), ServiceAccountDetails::loginName);
  }

  /** Creates the account; the page closes the dialog when the callback says it was created. */
  public void create() {
    messages
        .attempt(
            () ->
                serviceAccounts.create(
                    new NewServiceAccount(loginName, kind, password, description)))
        .ifPresent(
            created -> {
              messages.info("serviceAccounts.created", created.loginName());
              PrimeFaces.current().ajax().addCallbackParam("created", true);
              loginName = null;
              password = null;
              description = null;
            });
  }

  public PagedRows<ServiceAccountDetails> getRows() {
    return rows;
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public ServiceKind getKind() {
    return kind;
  }

  public void setKind(ServiceKind kind) {
    this.kind = kind;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
