package vn.phoihop.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.reminder.Notifications;

/**
 * The notifications of the user's own organisation at {@code /reporting/notifications}, newest first; one or all of
 * them are marked read with {@code POST /reporting/notifications/read} ({@code id} optional: without it, all).
 */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/reporting/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.list());
        model.addAttribute("unread", notifications.unread());
        return "reporting/home-notifications";
    }

    @PostMapping("/reporting/notifications/read")
    String markRead(@RequestParam(required = false) String id, RedirectAttributes redirect) {
        Long target = null;
        if (id != null && !id.isBlank()) {
            try {
                target = Long.parseLong(id.strip());
            }
            catch (NumberFormatException e) {
                throw UserFacingException.notFound("reporting.notification.notFound");
            }
        }
        int marked = notifications.markRead(target);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.notifications.marked", marked));
        return "redirect:/reporting/notifications";
    }
}
