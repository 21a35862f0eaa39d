package jp.shingikai.app.mail;

import java.util.regex.Pattern;

import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.security.UserAccounts.MailSettings;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own mail address and whether they want mail; notices on the home page reach them either way. */
@Service
@RequiredArgsConstructor
public class MailPreferences {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccounts accounts;

    public MailSettings of(CurrentUser user) {
        return accounts.mailSettings(user.username());
    }

    /** Saves the address (written in full-width or half-width) and the choice; a malformed address is refused. */
    @Transactional
    public MailSettings update(CurrentUser user, MailSettings requested) {
        String address = requested.email() == null ? "" : JapaneseText.clean(requested.email()).replace(" ", "");
        if (!address.isEmpty() && (address.length() > 200 || !ADDRESS.matcher(address).matches())) {
            throw new InvalidInputException("/email", "メールアドレス", "「メールアドレス」の形式が正しくありません（例: taro@city.example.jp）。");
        }
        MailSettings saved = new MailSettings(address.isEmpty() ? null : address, requested.optOut());
        accounts.updateMailSettings(user.username(), saved);
        return saved;
    }
}
