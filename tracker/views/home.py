from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from companies.models import Company


@login_required
def home(request):
    return render(request, "tracker/home.html", {})


@login_required
def company_detail(request, pk):
    company = get_object_or_404(Company, pk=pk)
    return render(request, "tracker/company_detail.html", {"company": company})
