"""Speaker names with an office or common word inside them (session 24), on sentences written for
these tests."""

from warta.pipeline import analyze


def _speakers(text):
    a = analyze(text)
    return [(q.kind, q.speaker) for q in a.quotes]


def test_abbreviated_office_takes_the_holders_full_name() -> None:
    text = ("Jakarta - Menteri Agama Lukman Hakim Saifuddin meninjau tenda jamaah di Arafah pada Senin.\n\n"
            "Menag menjelaskan bahwa kepatuhan jamaah memainkan peran penting dalam kelancaran haji.")
    assert ("indirect", "Lukman Hakim Saifuddin") in _speakers(text)


def test_pronoun_after_a_name_with_an_office_word_inside_takes_the_full_name() -> None:
    text = ("Jeddah - Menteri Agama Lukman Hakim Saifuddin memuji petugas haji tahun ini.\n\n"
            "\"Mereka bekerja dengan sangat baik dan penuh dedikasi,\" katanya di Jeddah.")
    assert ("direct", "Lukman Hakim Saifuddin") in _speakers(text)



def test_office_after_a_comma_that_closes_a_phrase_is_the_subject() -> None:
    # the name before the comma has its own office: "Menag" is the subject, not Jasin's office
    text = ("Jakarta - Menteri Agama Lukman Hakim Saifuddin meninjau tenda jamaah di Arafah pada Senin.\n\n"
            "Didampingi Irjen Kementerian Agama M. Jasin, Menag menjelaskan bahwa kepatuhan jamaah "
            "memainkan peran penting.")
    assert _speakers(text) == [("indirect", "Lukman Hakim Saifuddin")]
