"""An event dated only by its report's day ("officials said Wednesday") is the one the body dates a
few days before, told again at a place its province holds; not another town's event."""

from datetime import date

import warta


def test_a_lead_dated_by_its_report_takes_the_body_day():
    for code, text in (
            ("en", "BENI, Congo, June 4 (AP) - Gunmen raided a village in North Kivu province, killing at "
                   "least 12 people, local officials said Wednesday.\nFighters stormed the village of "
                   "Kalunguta near Beni late Sunday and opened fire on residents, a civil society leader "
                   "said."),
            ("id", "BENI - Kelompok bersenjata menyerbu sebuah desa di provinsi Kivu Utara dan menewaskan "
                   "sedikitnya 12 orang, kata pejabat setempat pada Rabu (4/6/2025).\nPara pejuang menyerbu "
                   "desa Kalunguta di dekat Beni pada Minggu (1/6/2025) malam dan menembaki warga, kata "
                   "seorang tokoh masyarakat.")):
        evs = warta.extract(text, lang=code, published=date(2025, 6, 4)).events
        assert [(e.type, e.date.start, e.date.end) for e in evs] == [
            ("attack", date(2025, 6, 1), date(2025, 6, 1))], (text, evs)
    # ... but a town's own event told after a district's is another event
    for code, text in (
            ("en", "PESHAWAR, March 12 (Reuters) - Troops killed nine militants in raids in the Lakki Marwat "
                   "district, the army said on Wednesday.\nOn Monday, a suicide bomber attacked a police "
                   "post in Bannu, killing three officers, police said."),
            ("id", "PESHAWAR - Pasukan keamanan menewaskan sembilan militan dalam penggerebekan di distrik "
                   "Lakki Marwat, kata militer pada Rabu (12/3/2025).\nPada Senin (10/3/2025), seorang "
                   "pelaku bom bunuh diri menyerang pos polisi di Bannu dan menewaskan tiga polisi.")):
        evs = warta.extract(text, lang=code, published=date(2025, 3, 12)).events
        assert len(evs) == 2, (text, evs)
