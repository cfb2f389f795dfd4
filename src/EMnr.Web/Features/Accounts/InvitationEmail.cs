using EMnr.Core.Institutions;
using EMnr.Core.Time;

namespace EMnr.Web.Features.Accounts;

/// <summary>Text of the invitation e-mail, in French then Arabic, the two languages of the platform's users.</summary>
internal static class InvitationEmail
{
    public static string Body(Institution institution, string role, string link, DateTimeOffset expiresAt)
    {
        var expires = MoroccoTime.Format(expiresAt);
        return $"""
            Bonjour,

            Un compte E-MNR ({role}) vous attend pour l'institution « {institution.NameFr} ».
            Ouvrez ce lien pour choisir votre mot de passe. Il ne sert qu'une fois et expire le {expires} (heure du Maroc) :

            {link}

            Si vous n'attendiez pas cette invitation, ignorez ce message.

            ---

            مرحبا،

            حساب على منصة E-MNR ({role}) في انتظارك لدى مؤسسة « {institution.NameAr} ».
            افتح هذا الرابط لاختيار كلمة المرور. يُستعمل مرة واحدة وتنتهي صلاحيته في {expires} (بتوقيت المغرب):

            {link}

            إذا لم تكن تنتظر هذه الدعوة، فتجاهل هذه الرسالة.
            """;
    }
}
