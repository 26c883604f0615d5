"""The SMART launch could not complete, or its session ended: the user relaunches from the EHR."""

from __future__ import annotations

from .core import SmartAppError


class LaunchError(SmartAppError):
    http_status = 400
    title = "The app could not be launched"
    advice = "Close this window and launch the app again from the patient's chart."


class UntrustedIssuerError(LaunchError):
    http_status = 403
    title = "This EHR is not registered with the app"
    advice = (
        "The app only connects to EHRs its administrators have registered. "
        "Ask your administrator to add this EHR, or launch from a registered one."
    )


class LaunchStateError(LaunchError):
    title = "The launch expired or was already used"


class LaunchBindingError(LaunchStateError):
    """Login CSRF refused: someone else's launch, completed in this browser (issue 20 #1)."""

    http_status = 403
    title = "This sign-in did not start here"
    advice = (
        "If you did not just start a sign-in, close this page: a link may have tried to sign "
        "you in as someone else. To use the app, launch it again from the patient's chart in "
        "the EHR, or start again from the app's start page, in this browser."
    )


class AuthorizationDenied(LaunchError):
    http_status = 403
    title = "Access was not granted"


class TokenExchangeError(LaunchError):
    http_status = 502
    title = "The EHR did not complete the sign-in"


class NoPatientContextError(LaunchError):
    title = "No patient was selected"
    advice = "Open a patient's chart in the EHR and launch the app from there."


class SessionExpiredError(LaunchError):
    http_status = 401
    title = "Your session has expired"
    advice = "Relaunch the app from the EHR to continue. Nothing you saved has been lost."
    links = (("Sign in again", "launch.start"),)


class SessionEndedError(SessionExpiredError):
    """The app's own limits ended the session (idle, absolute): its tokens are deleted."""

    title = "Your session ended"
    advice = (
        "To continue, launch the app again from the patient's chart in the EHR, or sign in "
        "again from the start page (PA coordinators: Worklist sign-in). Nothing you saved has "
        "been lost."
    )
