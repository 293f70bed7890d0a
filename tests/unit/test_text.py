from inspector_desk.core.text import fold, phone_variants, words


def test_kazakh_letters_fold_to_russian_look_alikes():
    assert fold("ӘҒҚҢӨҰҮҺІ әғқңөұүһі Ёё") == "агкноуухи агкноуухи ее"


def test_fold_examples_find_each_other():
    assert fold("Нұрлан") == fold("Нурлан") == "нурлан"
    assert fold("Қасымова") == fold("Касымова")
    assert fold("Фёдоров") == fold("ФЕДОРОВ")
    assert fold("Інкәр") == fold("инкар")
    assert fold("Һ") == fold("х")
    assert fold("Өтебаев") == fold("Отебаев")
    assert fold("Үсенов") == fold("усенов")


def test_words_split_on_punctuation():
    assert words("г. Астана, ул. Кенесары, д. 40") == ["г", "астана", "ул", "кенесары", "д", "40"]


def test_phone_variants():
    assert set(phone_variants("+7 701 123 45 67")) == {"77011234567", "7011234567", "87011234567"}
    assert phone_variants("") == []
