package com.twofactor.sms.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.config.TwilioConfig;
import com.twofactor.sms.control.LegacyTwilioFile;
import com.twofactor.sms.control.LegacyTwilioImporter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, imports the Twilio settings of a legacy install once ({@code
 * twofactor.legacy.twilio-file}): only while Twilio was never switched off and was not imported
 * before, then renames the file to {@code <name>.imported} so it is never read again. The import is
 * audited; a file that cannot be read is reported and left in place, and the server starts anyway.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyTwilioImport {

  private static final Logger LOG = Logger.getLogger(LegacyTwilioImport.class.getName());

  static final String ACTOR = "legacy import";
  static final String ACTION = "TWILIO_IMPORTED";

  @Inject TwilioConfig config;
  @Inject LegacyTwilioImporter importer;
  @Inject Event<Audited> audit;

  @PostConstruct
  void importLegacyFile() {
    config.legacyFile().filter(Files::isRegularFile).ifPresent(this::importFrom);
  }

  /** Whether the settings are there after all: the import that failed lost the race to them. */
  private boolean importedByAnotherNode() {
    try {
      return importer.imported();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void importFrom(Path file) {
    LegacyTwilioImporter.Outcome outcome;
    try {
      outcome = importer.importOnce(LegacyTwilioFile.read(file));
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(
          Level.SEVERE,
          "Legacy Twilio settings not imported from {0}: {1}",
          new Object[] {file, e.getMessage()});
      audit.fire(Audited.failure(ACTOR, TwilioAdministration.SUBJECT, ACTION, e.getMessage()));
      return;
    } catch (RuntimeException e) {
      if (importedByAnotherNode()) {
        // Nodes of a cluster that start together each try; the settings row's key lets one win.
        LOG.info(
            () ->
                "Legacy Twilio settings in "
                    + file
                    + " not imported: another node of the cluster imported them at the same time");
      } else {
        LOG.log(
            Level.WARNING,
            "Legacy Twilio settings not imported from {0}; the next start tries again: {1}",
            new Object[] {file, e.getMessage()});
      }
      return;
    }
    if (outcome.skipped().isPresent()) {
      LOG.info(
          () -> "Legacy Twilio settings in " + file + " not imported: " + outcome.skipped().get());
      return;
    }
    audit.fire(
        Audited.success(
            ACTOR,
            TwilioAdministration.SUBJECT,
            ACTION,
            "from "
                + file.getFileName()
                + "; 2FA switched on for "
                + outcome.mfaSwitchedOn()
                + " account(s); "
                + outcome.phones()
                + " phone number(s)"
                + (outcome.unknownAccounts().isEmpty()
                    ? ""
                    : "; unknown accounts skipped: "
                        + String.join(", ", outcome.unknownAccounts()))));
    Path imported = file.resolveSibling(file.getFileName() + ".imported");
    try {
      Files.move(file, imported, StandardCopyOption.REPLACE_EXISTING);
      LOG.info(() -> "Legacy Twilio settings imported; the file is now " + imported);
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "Legacy Twilio settings imported, but {0} could not be renamed; it is not imported again",
          file);
    }
  }
}
