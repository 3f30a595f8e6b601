package vn.phoihop.account.security;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every instance, since sessions live in the shared database. */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Deletes every session of {@code username}; returns how many there were. */
    public int endAll(String username) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
