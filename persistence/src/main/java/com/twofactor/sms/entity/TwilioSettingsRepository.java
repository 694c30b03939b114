package com.twofactor.sms.entity;

import com.twofactor.shared.entity.InstantColumnConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The Twilio settings row, present only while legacy SMS verification is active. */
@ApplicationScoped
public class TwilioSettingsRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<TwilioSettings> find() {
    return Optional.ofNullable(em.find(TwilioSettings.class, TwilioSettings.ID));
  }

  /** The row, its version checked again at commit even when only read; empty when there is none. */
  public Optional<TwilioSettings> findForChange(long expectedVersion) {
    TwilioSettings settings =
        em.find(TwilioSettings.class, TwilioSettings.ID, LockModeType.OPTIMISTIC);
    if (settings != null && settings.version() != expectedVersion) {
      throw new OptimisticLockException(settings);
    }
    return Optional.ofNullable(settings);
  }

  public void add(TwilioSettings settings) {
    em.persist(settings);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** Deletes the settings and the auth token for good; returns whether there were any. */
  public boolean delete() {
    em.createNativeQuery("DELETE FROM twilio_secret").executeUpdate();
    return em.createNativeQuery("DELETE FROM twilio_settings").executeUpdate() > 0;
  }

  /**
   * An SMS went out. Written in a transaction of its own, and without raising the version: the
   * channel's state is no change of the settings.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSent(Instant at) {
    em.createNativeQuery("UPDATE twilio_settings SET last_sent_at = ?1 WHERE id = ?2")
        .setParameter(1, new InstantColumnConverter().convertToDatabaseColumn(at))
        .setParameter(2, TwilioSettings.ID)
        .executeUpdate();
  }

  /**
   * Sending an SMS failed, for the reason given (no secret, no number). In a transaction of its
   * own, so the failure is kept when the request that tried rolls back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSendFailure(String reason, Instant at) {
    em.createNativeQuery(
            "UPDATE twilio_settings SET last_send_failure = ?1, last_send_failure_at = ?2"
                + " WHERE id = ?3")
        .setParameter(1, reason.length() > 255 ? reason.substring(0, 255) : reason)
        .setParameter(2, new InstantColumnConverter().convertToDatabaseColumn(at))
        .setParameter(3, TwilioSettings.ID)
        .executeUpdate();
  }
}
