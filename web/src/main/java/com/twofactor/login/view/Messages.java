package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginResult.Refused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Error messages of the login pages, from the message bundle. */
final class Messages {

  private Messages() {}

  static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Why a code was refused: wrong, too many, or the account is now locked. */
  static void refusal(FacesContext faces, Refused refused) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key =
        switch (refused.reason()) {
          case CHALLENGE_FAILED -> "secondStep.code.tooMany";
          case LOCKED -> "login.locked";
          case THROTTLED -> "login.throttled";
          default -> "secondStep.code.wrong";
        };
    error(faces, bundle.getString(key));
  }
}
